/**
 * One prefilled enquiry per producer: the items with quantities and units, the needed-by date, the
 * event, the delivery place and the buyer, as WhatsApp (`wa.me` with text), e-mail (`mailto:` with
 * subject and body) or phone (`tel:`) links. Etalase sends nothing itself: the buyer's own app does.
 */
import { formatDate } from '../../format/date.js';
import { localize } from '../../format/text.js';
import { mailtoUrl, telUrl, whatsappUrl } from '../../format/whatsapp.js';
import type { Language } from '../../model/vocabulary.js';
import { isIsoDate, type ProducerGroup } from './checks.js';
import { quantityText, type OrderPlan } from './plan.js';

export const SEND_CHANNELS = ['whatsapp', 'email', 'phone'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

const MESSAGE_TEXT = {
  id: {
    neededBy: 'Dibutuhkan paling lambat',
    place: 'Tempat pengiriman',
    contact: 'Narahubung',
    subject: (event: string) =>
      event ? `Permintaan pesanan: ${event}` : 'Permintaan pesanan produk lokal',
  },
  en: {
    neededBy: 'Needed by',
    place: 'Delivery to',
    contact: 'Contact person',
    subject: (event: string) =>
      event ? `Order enquiry: ${event}` : 'Order enquiry: local products',
  },
} as const;

export interface MessageContext {
  lang: Language;
  /** Name of the delivery place (`plan.place` is a code), e.g. `Kota Palangka Raya`. */
  placeName?: string;
}

/** The enquiry to one producer, as plain text. */
export function producerMessage(
  plan: OrderPlan,
  group: ProducerGroup,
  { lang, placeName }: MessageContext,
): string {
  const en = lang === 'en';
  const t = MESSAGE_TEXT[lang];
  const office = plan.office.trim();
  const event = plan.event.trim();
  const who = en
    ? office
      ? `We are ${office} and`
      : 'We'
    : office
      ? `Kami dari ${office}`
      : 'Kami';
  const what = en
    ? `${who} would like to order${event ? ` for the event "${event}"` : ''}:`
    : `${who} ingin memesan${event ? ` untuk acara "${event}"` : ''}:`;
  const items = group.items.map(({ item, hit }, index) => {
    const name = localize(hit?.product.name ?? item.name, lang) || item.productId;
    return `${index + 1}. ${name}: ${quantityText(item.quantity, hit?.product, lang)}`;
  });
  const details = [
    isIsoDate(plan.neededBy) ? `${t.neededBy}: ${formatDate(plan.neededBy, lang)}` : '',
    placeName || plan.place ? `${t.place}: ${placeName || plan.place}` : '',
    plan.contact.trim() ? `${t.contact}: ${plan.contact.trim()}` : '',
  ].filter(Boolean);
  const close = en
    ? 'Could you let us know whether you can supply these quantities by that date, and the price and payment terms? Thank you.'
    : 'Mohon kabari apakah jumlah dan tanggal ini dapat dipenuhi, beserta harga dan cara pembayarannya. Terima kasih.';
  const greeting = `${en ? 'Hello' : 'Halo'} ${localize(group.producer.name, lang)},`;
  return [
    greeting,
    '',
    what,
    ...items,
    ...(details.length ? ['', ...details] : []),
    '',
    close,
  ].join('\n');
}

/** The link that sends (or, for a phone, calls) one producer; `undefined` when there is no contact. */
export function sendUrl(
  channel: SendChannel,
  plan: OrderPlan,
  group: ProducerGroup,
  context: MessageContext,
): string | undefined {
  const contact = group.producer.contact;
  if (channel === 'phone')
    return telUrl(contact.phone ?? (contact.whatsapp && `+${contact.whatsapp}`));
  const message = producerMessage(plan, group, context);
  if (channel === 'whatsapp') return whatsappUrl(contact.whatsapp, message);
  const mailto = mailtoUrl(contact.email, MESSAGE_TEXT[context.lang].subject(plan.event.trim()));
  return mailto && `${mailto}&body=${encodeURIComponent(message)}`;
}
