import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createQueryEngine } from '../../src/feed/query.js';
import {
  addDays,
  addToPlan,
  checkItem,
  checkPlan,
  checkText,
  decodePlan,
  emptyPlan,
  encodePlan,
  loadPlan,
  planCsv,
  planShareUrl,
  PLAN_STORAGE_KEY,
  producerMessage,
  removeFromPlan,
  savePlan,
  sendUrl,
  setQuantity,
  type OrderPlan,
  type PlanStorage,
} from '../../src/feed/order-plan/index.js';
import {
  allWarningsPlan,
  planFeed,
  PLAN_TODAY,
  twoProducerPlan,
} from '../../stories/order-plan-fixtures.js';

const engine = createQueryEngine(planFeed);
const today = PLAN_TODAY;
const hit = (id: string) => engine.get(id)!;
const plan = (patch: Partial<OrderPlan>): OrderPlan => ({ ...emptyPlan(), ...patch });
const codes = (id: string, quantity: number, neededBy: string) =>
  checkItem(hit(id), quantity, plan({ neededBy }), today).map((check) => check.code);
const words = (id: string, quantity: number, neededBy: string, lang: 'id' | 'en' = 'id') =>
  checkItem(hit(id), quantity, plan({ neededBy }), today).map((check) =>
    checkText(check, hit(id).product, lang),
  );

describe('order plan: checks at their boundaries', () => {
  // kue-talam: minimum 20 boxes, lead time 14 days, capacity 150 a month.
  it('needed-by exactly today + lead time is still in time; one day earlier is too close', () => {
    assert.deepEqual(words('kue-talam', 20, addDays(today, 14)), [
      'perlu dipesan paling lambat 1 Desember 2026',
    ]);
    assert.deepEqual(words('kue-talam', 20, addDays(today, 13)), [
      'terlalu dekat: waktu pembuatan 14 hari',
    ]);
    assert.deepEqual(words('kue-talam', 20, addDays(today, 13), 'en'), [
      'too close: making it takes 14 days',
    ]);
  });

  it('names the last day to order, in Indonesian and English', () => {
    assert.deepEqual(words('kue-talam', 20, '2027-01-26'), [
      'perlu dipesan paling lambat 12 Januari 2027',
    ]);
    assert.deepEqual(words('kue-talam', 20, '2027-01-26', 'en'), [
      'order by 12 January 2027 at the latest',
    ]);
  });

  it('minimum order: the minimum itself passes, one less is flagged in the product unit', () => {
    assert.deepEqual(codes('kue-talam', 20, ''), []);
    assert.deepEqual(words('kue-talam', 19, ''), ['minimal 20 kotak']);
    assert.deepEqual(words('amplang', 49, '', 'en'), ['minimum 50 jars']);
  });

  it('capacity is pro-rated to the days left: equal passes, one more is flagged', () => {
    // 15 days left: 150 a month → 75.
    const by = addDays(today, 15);
    assert.deepEqual(codes('kue-talam', 75, by), ['order-by']);
    assert.deepEqual(codes('kue-talam', 76, by), ['order-by', 'over-capacity']);
    assert.equal(
      words('kue-talam', 76, by)[1],
      'kapasitas ±150 kotak per bulan (±75 dalam 15 hari); pertimbangkan membagi pesanan',
    );
    // Without a needed-by date, one month of capacity counts.
    assert.deepEqual(codes('kue-talam', 150, ''), []);
    assert.deepEqual(codes('kue-talam', 151, ''), ['over-capacity']);
  });

  it('flags out of stock and producers who take no bulk orders', () => {
    assert.deepEqual(words('tas-rotan', 5, ''), [
      'stok habis',
      'produsen tidak melayani pesanan partai',
    ]);
  });
});

describe('order plan: the whole plan', () => {
  it('groups items by producer, with estimated totals per producer and overall', () => {
    const checked = checkPlan(twoProducerPlan, engine, today);
    assert.deepEqual(
      checked.groups.map((g) => [g.producer.id, g.items.map((i) => i.item.productId)]),
      [
        ['dapur-talam', ['kue-talam']],
        ['batik-kumala', ['tas-batik']],
      ],
    );
    assert.deepEqual(checked.groups[0]!.total, { min: 2_500_000, max: 3_000_000, currency: 'IDR' });
    assert.deepEqual(checked.total, { min: 11_500_000, max: 15_000_000, currency: 'IDR' });
    assert.deepEqual(checked.counts, { items: 2, producers: 2, warnings: 0 });
  });

  it('suggests producers of the same category in the region that can make the quantity', () => {
    const checked = checkPlan(allWarningsPlan, engine, today);
    const talam = checked.groups[0]!.items[0]!;
    assert.deepEqual(
      talam.checks.map((c) => c.code),
      ['too-close', 'over-capacity'],
    );
    // Amplang Bu Sri (same city) has only 180 in 9 days; Katingan (same province) has 360; the
    // producer in South Kalimantan is not suggested.
    assert.deepEqual(
      talam.alternatives.map((a) => [a.hit.producer.id, a.monthlyCapacity, a.available]),
      [['kue-katingan', 1200, 360]],
    );
    assert.equal(checked.counts.warnings, 6);
  });

  it('keeps a product that left the feed apart, under its saved name, and says so', () => {
    const checked = checkPlan(allWarningsPlan, engine, today);
    assert.equal(checked.missing.length, 1);
    assert.equal(checked.missing[0]!.item.productId, 'keripik-lama');
    assert.deepEqual(
      checked.missing[0]!.checks.map((check) => checkText(check, undefined, 'id')),
      ['sudah tidak ada di katalog: hapus atau tanyakan ke pengelola katalog'],
    );
    assert.equal(checked.counts.producers, 3);
  });

  it('adds, changes and removes items; a product appears once', () => {
    let p = addToPlan(emptyPlan(), hit('amplang'), 50);
    p = addToPlan(p, hit('amplang'), 10);
    assert.deepEqual(
      p.items.map((i) => [i.productId, i.quantity]),
      [['amplang', 60]],
    );
    assert.equal(setQuantity(p, 'amplang', 0), p, 'zero is not a quantity');
    assert.equal(setQuantity(p, 'amplang', 2.5), p, 'nor is a fraction');
    assert.equal(setQuantity(p, 'amplang', 70).items[0]!.quantity, 70);
    assert.deepEqual(removeFromPlan(p, 'amplang').items, []);
  });
});

describe('order plan: messages to producers', () => {
  const checked = checkPlan(twoProducerPlan, engine, today);
  const context = { lang: 'id' as const, placeName: 'Kota Palangka Raya' };

  it('writes one exact message per producer of a two-producer plan (Indonesian)', () => {
    assert.deepEqual(
      checked.groups.map((group) => producerMessage(twoProducerPlan, group, context)),
      [
        `Halo Dapur Talam Bu Ani,

Kami dari Dinas Koperasi dan UKM Kota Palangka Raya ingin memesan untuk acara "Rapat Koordinasi UMKM 2027":
1. Kue talam: 100 kotak

Dibutuhkan paling lambat: 15 Januari 2027
Tempat pengiriman: Kota Palangka Raya
Narahubung: Budi Santoso, 0812-0000-9999

Mohon kabari apakah jumlah dan tanggal ini dapat dipenuhi, beserta harga dan cara pembayarannya. Terima kasih.`,
        `Halo Batik Kumala,

Kami dari Dinas Koperasi dan UKM Kota Palangka Raya ingin memesan untuk acara "Rapat Koordinasi UMKM 2027":
1. Tas seminar batik benang bintik: 60 buah

Dibutuhkan paling lambat: 15 Januari 2027
Tempat pengiriman: Kota Palangka Raya
Narahubung: Budi Santoso, 0812-0000-9999

Mohon kabari apakah jumlah dan tanggal ini dapat dipenuhi, beserta harga dan cara pembayarannya. Terima kasih.`,
      ],
    );
  });

  it('writes the same messages in English', () => {
    const en = { lang: 'en' as const, placeName: 'Kota Palangka Raya' };
    assert.equal(
      producerMessage(twoProducerPlan, checked.groups[1]!, en),
      `Hello Kumala Batik,

We are Dinas Koperasi dan UKM Kota Palangka Raya and would like to order for the event "Rapat Koordinasi UMKM 2027":
1. Benang bintik batik seminar bag: 60 pieces

Needed by: 15 January 2027
Delivery to: Kota Palangka Raya
Contact person: Budi Santoso, 0812-0000-9999

Could you let us know whether you can supply these quantities by that date, and the price and payment terms? Thank you.`,
    );
  });

  it('links WhatsApp with the text, e-mail with subject and body, and the phone', () => {
    const [talam, batik] = checked.groups;
    const message = producerMessage(twoProducerPlan, talam!, context);
    assert.equal(
      sendUrl('whatsapp', twoProducerPlan, talam!, context),
      `https://wa.me/6281200000001?text=${encodeURIComponent(message)}`,
    );
    const mail = new URL(sendUrl('email', twoProducerPlan, batik!, context)!);
    assert.equal(mail.protocol, 'mailto:');
    assert.equal(mail.pathname, 'kumala@example.id');
    assert.equal(
      mail.searchParams.get('subject'),
      'Permintaan pesanan: Rapat Koordinasi UMKM 2027',
    );
    assert.equal(mail.searchParams.get('body'), producerMessage(twoProducerPlan, batik!, context));
    assert.equal(sendUrl('phone', twoProducerPlan, batik!, context), 'tel:05363220003');
    assert.equal(sendUrl('phone', twoProducerPlan, talam!, context), 'tel:+6281200000001');
    assert.equal(
      sendUrl(
        'email',
        twoProducerPlan,
        checkPlan(allWarningsPlan, engine, today).groups[1]!,
        context,
      ),
      undefined,
    );
  });
});

describe('order plan: procurement CSV', () => {
  it('has every item, subtotals, the total, the feed publisher and date; formulas are neutralised', () => {
    const hostile = { ...twoProducerPlan, event: '=HYPERLINK("https://evil.example")' };
    const csv = planCsv(hostile, checkPlan(hostile, engine, today), {
      lang: 'id',
      placeName: 'Kota Palangka Raya',
      feed: planFeed,
      today,
    });
    assert.ok(csv.startsWith('\ufeffRencana Belanja Produk Lokal\r\n'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.ok(lines.includes(`Acara,"'=HYPERLINK(""https://evil.example"")"`));
    assert.ok(lines.includes('Sumber data,Pemerintah Kota Palangka Raya'));
    assert.ok(lines.includes('Data per,2026-11-20'));
    assert.ok(
      lines.includes(
        'Dapur Talam Bu Ani,9120000000101,WA +6281200000001 · talam@example.id,Kue talam,100,kotak,25000,30000,2500000,3000000,HALAL ID62110000123450823,,perlu dipesan paling lambat 1 Januari 2027',
      ),
    );
    assert.ok(
      lines.some((line) =>
        line.startsWith(
          'Batik Kumala,9120000000103,0536 322 0003 · kumala@example.id,Tas seminar batik benang bintik,60,buah,150000,200000,9000000,12000000,,https://e-katalog.example.go.id/kumala,',
        ),
      ),
    );
    assert.ok(lines.includes('Subtotal: Dapur Talam Bu Ani,,,,,,,,2500000,3000000'));
    assert.ok(lines.includes('Perkiraan total,,,,,,,,11500000,15000000'));
  });
});

describe('order plan: shared links and saved plans', () => {
  it('a shared link round-trips the plan (names come from the feed, not the link)', () => {
    const url = planShareUrl(twoProducerPlan, 'https://kota.example.go.id/umkm?page_id=12#top');
    const parsed = new URL(url);
    assert.equal(parsed.searchParams.get('page_id'), '12');
    assert.equal(parsed.hash, '');
    const back = decodePlan(parsed.searchParams.get('rencana'));
    assert.deepEqual(back, {
      ...twoProducerPlan,
      items: twoProducerPlan.items.map(({ productId, quantity }) => ({ productId, quantity })),
    });
    assert.equal(encodePlan(back!), encodePlan(twoProducerPlan));
  });

  it('reads any hostile or broken link as no plan or a cleaned one, never throwing', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      '',
      '!!!',
      'e30',
      encode([1, 2]),
      encode({ v: 2, i: [] }),
      'x'.repeat(20000),
    ])
      assert.equal(decodePlan(bad), null, bad.slice(0, 20));
    const cleaned = decodePlan(
      encode({
        v: 1,
        e: 'x'.repeat(500),
        d: '2027-02-30',
        p: 'javascript:alert(1)',
        i: [
          ['../etc', 1],
          ['ok', -5],
          ['big', 1e12],
          ['fine', 3],
          ['fine', 4],
          'junk',
          ['__proto__', 2],
        ],
      }),
    );
    assert.equal(cleaned!.event.length, 200);
    assert.equal(cleaned!.neededBy, '');
    assert.equal(cleaned!.place, '');
    assert.deepEqual(cleaned!.items, [{ productId: 'fine', quantity: 3 }]);
  });

  it('saves the plan on the device under an Etalase key with a schema version, and reads it back', () => {
    const store = new Map<string, string>();
    const storage: PlanStorage = {
      getItem: (key) => store.get(key) ?? null,
      setItem: (key, value) => void store.set(key, value),
      removeItem: (key) => void store.delete(key),
    };
    assert.equal(savePlan(allWarningsPlan, storage), true);
    assert.equal(JSON.parse(store.get(PLAN_STORAGE_KEY)!).schema, 1);
    assert.deepEqual(loadPlan(storage), allWarningsPlan);
    store.set(PLAN_STORAGE_KEY, JSON.stringify({ schema: 2, plan: allWarningsPlan }));
    assert.equal(loadPlan(storage), null, 'another schema version is not read');
    store.set(PLAN_STORAGE_KEY, '{not json');
    assert.equal(loadPlan(storage), null);
    savePlan(emptyPlan(), storage);
    assert.equal(store.has(PLAN_STORAGE_KEY), false, 'an empty plan leaves nothing behind');
    const full: PlanStorage = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    assert.equal(savePlan(twoProducerPlan, full), false);
  });
});
