import { defineStrings } from '../base/localize.js';
import type { OutletKind } from '../../model/vocabulary.js';

const outletKindsId: Record<OutletKind, string> = {
  gallery: 'Galeri',
  souvenir_shop: 'Pusat oleh-oleh',
  store: 'Toko',
  market: 'Pasar',
  expo: 'Pameran',
  other: 'Gerai',
  bazaar: 'Bazar',
  fair: 'Pekan raya',
};
const outletKindsEn: Record<OutletKind, string> = {
  gallery: 'Gallery',
  souvenir_shop: 'Souvenir centre',
  store: 'Shop',
  market: 'Market',
  expo: 'Expo',
  other: 'Outlet',
  bazaar: 'Bazaar',
  fair: 'Fair',
};

export const strings = defineStrings('producer-map', {
  id: {
    map: 'Peta produsen',
    instructions:
      'Tekan Tab untuk masuk ke peta, tombol panah untuk berpindah antarpenanda, Enter untuk membuka, Escape untuk menutup, plus dan minus untuk memperbesar atau memperkecil.',
    loading: 'Memuat peta…',
    empty: 'Belum ada produsen dengan lokasi di peta ini.',
    basemapError: 'Peta dasar tidak dapat dimuat; penanda tetap ditampilkan.',
    engineError: 'Peta tidak dapat dimuat. Periksa sambungan lalu muat ulang halaman.',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    reset: 'Tampilkan semua',
    close: 'Tutup',
    producer: (name: string, region: string, count: number) =>
      `Produsen ${name}, ${region}, ${count} produk`,
    cluster: (count: number) => `Kelompok ${count} lokasi, tekan Enter untuk memperbesar`,
    group: (count: number) => `${count} produsen di lokasi ini`,
    outlet: (kind: string, name: string, region: string) => `${kind} ${name}, ${region}`,
    outletKind: (kind: OutletKind) => outletKindsId[kind],
    products: (count: number) => `${count} produk`,
    moreProducts: (count: number) => `dan ${count} produk lainnya`,
    showProducts: 'Tampilkan produk produsen ini',
    showOutletProducts: 'Tampilkan produk di gerai ini',
    opensOn: (date: string) => `Segera dibuka, mulai ${date}`,
    status_upcoming: 'akan datang',
    status_ongoing: 'sedang berlangsung',
    status_finished: 'sudah selesai',
    opensNewTab: '(membuka tab baru)',
    list: (count: number) => `Daftar produsen di peta (${count})`,
  },
  en: {
    map: 'Producer map',
    instructions:
      'Press Tab to enter the map, arrow keys to move between markers, Enter to open, Escape to close, plus and minus to zoom in or out.',
    loading: 'Loading map…',
    empty: 'No producers with a location on this map yet.',
    basemapError: 'The base map could not be loaded; markers are still shown.',
    engineError: 'The map could not be loaded. Check the connection and reload the page.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show all',
    close: 'Close',
    producer: (name: string, region: string, count: number) =>
      `Producer ${name}, ${region}, ${count} ${count === 1 ? 'product' : 'products'}`,
    cluster: (count: number) => `Group of ${count} places, press Enter to zoom in`,
    group: (count: number) => `${count} producers at this place`,
    outlet: (kind: string, name: string, region: string) => `${kind} ${name}, ${region}`,
    outletKind: (kind: OutletKind) => outletKindsEn[kind],
    products: (count: number) => `${count} ${count === 1 ? 'product' : 'products'}`,
    moreProducts: (count: number) => `and ${count} more`,
    showProducts: "Show this producer's products",
    showOutletProducts: 'Show products sold here',
    opensOn: (date: string) => `Opening soon, from ${date}`,
    status_upcoming: 'upcoming',
    status_ongoing: 'on now',
    status_finished: 'finished',
    opensNewTab: '(opens a new tab)',
    list: (count: number) => `List of producers on the map (${count})`,
  },
});
