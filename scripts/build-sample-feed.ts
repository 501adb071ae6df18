/**
 * Builds the Kalimantan sample feed `demo/data/produk-unggulan.json` (run: `npx tsx scripts/build-sample-feed.ts`).
 *
 * The products, places and circumstances follow regional news reports (see the seed facts: Palangka Raya's
 * rattan, natural-stone and benang bintik batik; Kaltim's kue talam, seminar kits and amplang; Kalsel's
 * sasirangan and Martapura gems); every business name, person, phone number, email, NIB, certificate
 * number and shop link is made up. Phone numbers use the unassigned-looking block 0812-0000-xxxx, emails
 * the reserved domain example.org, marketplace shops the prefix `contoh` ("sample").
 */
import { writeFileSync } from 'node:fs';
import type { FeedInput } from '../src/model/types.js';
import type { Bilingual } from '../src/model/vocabulary.js';
import { OFFICIAL_CERTIFICATE_LOOKUPS } from '../src/model/vocabulary.js';

type ProducerInput = FeedInput['producers'][number];
type ProductInput = FeedInput['products'][number];
type OutletInput = NonNullable<FeedInput['outlets']>[number];
type CertificationInput = NonNullable<ProductInput['certifications']>[number];
type OrdersInput = NonNullable<ProductInput['orders']>;
type Text = Bilingual;

const OUT = new URL('../demo/data/produk-unggulan.json', import.meta.url);
/** The shared viewBox of every illustration in `demo/data/img`. */
const IMAGE = { width: 400, height: 300 } as const;

const t = (id: string, en: string): Text => ({ id, en });

// ---------------------------------------------------------------------------------------------------
// Producers

interface ProducerSpec {
  id: string;
  name: string;
  regionCode: string;
  location: [number, number];
  address: string;
  description: Text;
  scale: 'mikro' | 'kecil' | 'menengah';
  /** Last four digits of the fictitious WhatsApp number 0812-0000-xxxx. */
  phone: string;
  marketplaces?: Array<[platform: string, url: string]>;
  instagram?: boolean;
  orders?: OrdersInput;
  trademark?: boolean;
  /** When the trademark registration ends (renewal due). */
  trademarkValidUntil?: string;
  workshopImage?: boolean;
  /** A group of makers selling together (one contact, combined capacity). */
  group?: ProducerInput['group'];
}

const BULK_EVENT_NOTE = t(
  'Melayani pesanan acara kantor, seminar dan tamu daerah. Pesan jauh hari agar jumlah dan kualitas terjamin.',
  'Takes orders for government events, seminars and official guests. Order well in advance so quantity and quality can be guaranteed.',
);

const PRODUCERS: ProducerSpec[] = [
  // Kalimantan Tengah — Kota Palangka Raya (62.71)
  {
    id: 'rotan-manjawet-bukit-batu',
    name: 'Kelompok Perajin Rotan Manjawet Bukit Batu',
    regionCode: '62.71.02',
    location: [-2.0532, 113.7841],
    address: 'Jl. Tjilik Riwut Km 34, Tangkiling, Bukit Batu, Palangka Raya',
    description: t(
      'Tiga puluh perajin anyaman rotan dari Bukit Batu dan Rakumpit yang meneruskan tradisi manjawet. Dibina pemerintah kota lewat pelatihan produksi dan pemasaran.',
      'Thirty rattan weavers from Bukit Batu and Rakumpit carrying on the Manjawet weaving tradition, supported by the city through production and marketing training.',
    ),
    scale: 'mikro',
    phone: '0101',
    marketplaces: [['tokopedia', 'https://www.tokopedia.com/contoh-rotan-manjawet']],
    instagram: true,
    orders: {
      bulk: true,
      custom: true,
      minOrder: 20,
      leadTimeDays: 30,
      monthlyCapacity: 150,
      notes: BULK_EVENT_NOTE,
    },
    workshopImage: true,
    group: { members: 18, name: t('Kelompok perajin rotan', 'Rattan makers group') },
  },
  {
    id: 'sepatu-rotan-rakumpit',
    name: 'UMKM Sepatu Rotan Rakumpit',
    regionCode: '62.71.05',
    location: [-1.8713, 113.8548],
    address: 'Jl. Mahir Mahar, Petuk Barunai, Rakumpit, Palangka Raya',
    description: t(
      'Sepatu dan sandal berbahan anyaman rotan halus dengan sol karet, dibuat sesuai ukuran pemesan.',
      'Shoes and sandals of fine woven rattan on rubber soles, made to the buyer’s size.',
    ),
    scale: 'mikro',
    phone: '0102',
    marketplaces: [['shopee', 'https://shopee.co.id/contoh.sepaturotanrakumpit']],
    orders: { custom: true, leadTimeDays: 10, monthlyCapacity: 60 },
  },
  {
    id: 'batik-benang-bintik-pahandut',
    name: 'Sanggar Batik Benang Bintik Pahandut',
    regionCode: '62.71.01',
    location: [-2.2131, 113.9232],
    address: 'Jl. Jenderal Sudirman, Pahandut, Palangka Raya',
    description: t(
      'Batik benang bintik bermotif khas Dayak Ngaju — batang garing, enggang, tameng — dibuat dengan canting dan cap.',
      'Benang bintik batik with Dayak Ngaju motifs — the tree of life, hornbill, shield — made with canting and stamp.',
    ),
    scale: 'kecil',
    phone: '0103',
    marketplaces: [
      ['tokopedia', 'https://www.tokopedia.com/contoh-benang-bintik'],
      ['padiumkm', 'https://padiumkm.id/toko/contoh-benang-bintik'],
    ],
    instagram: true,
    orders: {
      bulk: true,
      custom: true,
      minOrder: 25,
      leadTimeDays: 45,
      monthlyCapacity: 300,
      notes: BULK_EVENT_NOTE,
    },
    trademark: true,
    // Renewal due within 90 days of the demo's 1 December 2026: the detail and the report mark it.
    trademarkValidUntil: '2027-02-25',
  },
  {
    id: 'batu-alam-kahayan',
    name: 'Galeri Batu Alam Kahayan',
    regionCode: '62.71.03',
    location: [-2.1987, 113.8875],
    address: 'Jl. G. Obos, Jekan Raya, Palangka Raya',
    description: t(
      'Gelang, kalung dan pernak-pernik dari batu-batuan alam Kalimantan Tengah, dipoles tangan.',
      'Bracelets, necklaces and trinkets of hand-polished natural stones from Central Kalimantan.',
    ),
    scale: 'mikro',
    phone: '0104',
    marketplaces: [['shopee', 'https://shopee.co.id/contoh.batualamkahayan']],
    instagram: true,
  },
  {
    id: 'getah-nyatu-sabangau',
    name: 'Perajin Getah Nyatu Sabangau',
    regionCode: '62.71.04',
    location: [-2.2974, 113.9468],
    address: 'Jl. Mahir Mahar, Kereng Bangkirai, Sabangau, Palangka Raya',
    description: t(
      'Miniatur dan suvenir dari getah nyatu, getah alami pohon nyatu yang dibentuk dan dilukis tangan.',
      'Miniatures and souvenirs of nyatu latex, the natural sap of the nyatu tree, shaped and painted by hand.',
    ),
    scale: 'mikro',
    phone: '0105',
    orders: {
      bulk: true,
      custom: true,
      minOrder: 50,
      leadTimeDays: 21,
      monthlyCapacity: 400,
      notes: BULK_EVENT_NOTE,
    },
    workshopImage: true,
  },
  {
    id: 'dapur-kelakai-ibu-tambun',
    name: 'Dapur Kelakai Ibu Tambun',
    regionCode: '62.71.03',
    location: [-2.2206, 113.8968],
    address: 'Jl. Rajawali, Jekan Raya, Palangka Raya',
    description: t(
      'Camilan dari daun kelakai, sayuran rawa gambut yang kaya zat besi.',
      'Snacks made from kelakai, an iron-rich peat-swamp fern.',
    ),
    scale: 'mikro',
    phone: '0106',
    marketplaces: [['shopee', 'https://shopee.co.id/contoh.dapurkelakai']],
  },
  {
    id: 'madu-kelulut-rakumpit',
    name: 'Madu Kelulut Rakumpit Lestari',
    regionCode: '62.71.05',
    location: [-1.8402, 113.8711],
    address: 'Jl. Tjilik Riwut Km 60, Rakumpit, Palangka Raya',
    description: t(
      'Peternak lebah kelulut (tanpa sengat) di tepi hutan Rakumpit. Panen mengikuti musim bunga.',
      'Stingless-bee (kelulut) keepers at the forest edge of Rakumpit; harvests follow the flowering season.',
    ),
    scale: 'mikro',
    phone: '0107',
    marketplaces: [['tokopedia', 'https://www.tokopedia.com/contoh-kelulut-rakumpit']],
  },
  {
    id: 'teh-bajakah-bukit-batu',
    name: 'Teh Bajakah Bukit Batu',
    regionCode: '62.71.02',
    location: [-2.0418, 113.7952],
    address: 'Jl. Tjilik Riwut Km 36, Bukit Batu, Palangka Raya',
    description: t(
      'Minuman seduh dari akar bajakah dan jahe merah, dikemas higienis oleh kelompok ibu rumah tangga.',
      'Infusions of bajakah root and red ginger, hygienically packed by a group of homemakers.',
    ),
    scale: 'mikro',
    phone: '0108',
    marketplaces: [['tiktok_shop', 'https://www.tiktok.com/@contoh.tehbajakah']],
  },
  {
    id: 'tani-kalampangan',
    name: 'Kelompok Tani Kalampangan',
    regionCode: '62.71.04',
    location: [-2.2861, 114.0047],
    address: 'Jl. Mahir Mahar Km 18, Kalampangan, Sabangau, Palangka Raya',
    description: t(
      'Petani lahan gambut yang menanam nanas dan lidah buaya, lalu mengolahnya menjadi minuman segar.',
      'Peatland farmers growing pineapple and aloe vera and turning them into fresh drinks.',
    ),
    scale: 'mikro',
    phone: '0109',
  },
  // Kalimantan Timur — Samarinda (64.72), Bontang (64.74), Balikpapan (64.71)
  {
    id: 'amplang-mahakam',
    name: 'Amplang Mahakam Ibu Aminah',
    regionCode: '64.72.04',
    location: [-0.4921, 117.1602],
    address: 'Jl. Pangeran Suryanata, Samarinda Ilir, Samarinda',
    description: t(
      'Amplang ikan pipih dan udang, renyah tanpa pengawet. Dijual di pusat oleh-oleh khas Kaltim.',
      'Knifefish and shrimp amplang, crisp and without preservatives; sold at the East Kalimantan souvenir gallery.',
    ),
    scale: 'kecil',
    phone: '0201',
    marketplaces: [
      ['tokopedia', 'https://www.tokopedia.com/contoh-amplang-mahakam'],
      ['shopee', 'https://shopee.co.id/contoh.amplangmahakam'],
    ],
    instagram: true,
    orders: {
      bulk: true,
      minOrder: 50,
      leadTimeDays: 7,
      monthlyCapacity: 3000,
      notes: BULK_EVENT_NOTE,
    },
    trademark: true,
    workshopImage: true,
  },
  {
    id: 'wadai-sungai-pinang',
    name: 'Dapur Wadai Sungai Pinang',
    regionCode: '64.72.08',
    location: [-0.4703, 117.1598],
    address: 'Jl. D.I. Panjaitan, Sungai Pinang, Samarinda',
    description: t(
      'Kue basah untuk rapat dan jamuan tamu: kue talam, lapis dan kotak snack. Dibuat pagi hari sesuai pesanan.',
      'Fresh cakes for meetings and official guests: kue talam, layer cake and snack boxes, made on the morning of delivery.',
    ),
    scale: 'mikro',
    phone: '0202',
    orders: {
      bulk: true,
      minOrder: 50,
      leadTimeDays: 2,
      monthlyCapacity: 8000,
      notes: BULK_EVENT_NOTE,
    },
  },
  {
    id: 'batik-bukit-pinang',
    name: 'Rumah Batik Bukit Pinang',
    regionCode: '64.72.03',
    location: [-0.4712, 117.1204],
    address: 'Jl. Padat Karya, Bukit Pinang, Samarinda Ulu, Samarinda',
    description: t(
      'Bengkel batik tulis dan cap yang mempekerjakan siswa SMK. Menerima pesanan seragam dan tas seminar bermotif Kaltim.',
      'A hand-drawn and stamped batik workshop employing vocational-school students; takes orders for uniforms and seminar bags with East Kalimantan motifs.',
    ),
    scale: 'kecil',
    phone: '0203',
    marketplaces: [['inaproc', 'https://katalog.inaproc.id/contoh-batik-bukit-pinang']],
    instagram: true,
    orders: {
      bulk: true,
      custom: true,
      minOrder: 30,
      leadTimeDays: 30,
      monthlyCapacity: 500,
      notes: BULK_EVENT_NOTE,
    },
    workshopImage: true,
  },
  {
    id: 'nanas-naster-seberang',
    name: 'Kelompok Nanas Naster Samarinda Seberang',
    regionCode: '64.72.02',
    location: [-0.5208, 117.1383],
    address: 'Jl. Bung Tomo, Samarinda Seberang, Samarinda',
    description: t(
      'Kelompok produsen nanas naster binaan dinas provinsi: resep, kemasan dan mutu diseragamkan agar bisa memenuhi pesanan besar.',
      'A group of pineapple-tart makers trained by the provincial office, sharing recipe, packaging and quality standards to fill large orders.',
    ),
    scale: 'mikro',
    phone: '0204',
    marketplaces: [['shopee', 'https://shopee.co.id/contoh.nanasnaster']],
    orders: {
      bulk: true,
      minOrder: 20,
      leadTimeDays: 14,
      monthlyCapacity: 1200,
      notes: BULK_EVENT_NOTE,
    },
  },
  {
    id: 'tenun-sarung-samarinda',
    name: 'Tenun Sarung Samarinda Ibu Norhayati',
    regionCode: '64.72.02',
    location: [-0.5296, 117.1452],
    address: 'Jl. Pangeran Bendahara, Samarinda Seberang, Samarinda',
    description: t(
      'Sarung dan selendang tenun gedogan, ditenun tangan dengan alat tradisional; satu sarung butuh dua sampai tiga minggu.',
      'Sarongs and shawls hand-woven on traditional looms; one sarong takes two to three weeks.',
    ),
    scale: 'mikro',
    phone: '0205',
    orders: { custom: true, leadTimeDays: 30, monthlyCapacity: 20 },
  },
  {
    id: 'kopi-sungai-kunjang',
    name: 'Kopi Borneo Sungai Kunjang',
    regionCode: '64.72.06',
    location: [-0.5123, 117.1021],
    address: 'Jl. Slamet Riyadi, Sungai Kunjang, Samarinda',
    description: t(
      'Penyangrai kecil kopi liberika dan robusta dari kebun rakyat di Kalimantan Timur.',
      'A small roastery for Liberica and Robusta coffee from smallholder farms in East Kalimantan.',
    ),
    scale: 'kecil',
    phone: '0206',
    marketplaces: [
      ['tokopedia', 'https://www.tokopedia.com/contoh-kopi-sungai-kunjang'],
      ['tiktok_shop', 'https://www.tiktok.com/@contoh.kopisungaikunjang'],
    ],
    instagram: true,
  },
  {
    id: 'batik-bontang',
    name: 'Rumah Batik Taka Bontang',
    regionCode: '64.74.02',
    location: [0.1062, 117.4791],
    address: 'Jl. Ahmad Yani, Bontang Selatan, Bontang',
    description: t(
      'Batik khas Bontang bermotif laut dan mangrove, dikerjakan bersama siswa SMK. Melayani tas seminar dan seragam.',
      'Bontang batik with sea and mangrove motifs, made with vocational-school students; seminar bags and uniforms to order.',
    ),
    scale: 'kecil',
    phone: '0207',
    marketplaces: [['padiumkm', 'https://padiumkm.id/toko/contoh-batik-taka']],
    orders: {
      bulk: true,
      custom: true,
      minOrder: 50,
      leadTimeDays: 21,
      monthlyCapacity: 600,
      notes: BULK_EVENT_NOTE,
    },
  },
  {
    id: 'amplang-bontang-kuala',
    name: 'Olahan Laut Bontang Kuala',
    regionCode: '64.74.01',
    location: [0.1397, 117.5012],
    address: 'Kampung Bontang Kuala, Bontang Utara, Bontang',
    description: t(
      'Amplang, kerupuk dan terasi dari hasil tangkapan nelayan kampung atas air Bontang Kuala.',
      'Amplang, crackers and shrimp paste from the catch of the stilt village of Bontang Kuala.',
    ),
    scale: 'mikro',
    phone: '0208',
    marketplaces: [['shopee', 'https://shopee.co.id/contoh.bontangkuala']],
  },
  {
    id: 'seminar-kit-balikpapan',
    name: 'CV Kreasi Seminar Kit Balikpapan',
    regionCode: '64.71.05',
    location: [-1.2662, 116.8749],
    address: 'Jl. MT Haryono, Balikpapan Selatan, Balikpapan',
    description: t(
      'Seminar kit dan goodie bag dari kain bermotif batik Kaltim, dengan sablon logo acara. Alternatif lokal untuk pesanan dari luar pulau.',
      'Seminar kits and goodie bags of East Kalimantan batik-motif cloth with the event logo printed on — a local alternative to ordering from Java.',
    ),
    scale: 'kecil',
    phone: '0209',
    marketplaces: [
      ['inaproc', 'https://katalog.inaproc.id/contoh-kreasi-seminar-kit'],
      ['padiumkm', 'https://padiumkm.id/toko/contoh-kreasi-seminar-kit'],
    ],
    orders: {
      bulk: true,
      custom: true,
      minOrder: 50,
      leadTimeDays: 21,
      monthlyCapacity: 2000,
      notes: BULK_EVENT_NOTE,
    },
    trademark: true,
  },
  {
    id: 'dapur-kampung-baru',
    name: 'Dapur Kampung Baru',
    regionCode: '64.71.02',
    location: [-1.2381, 116.8163],
    address: 'Jl. Letjen Suprapto, Balikpapan Barat, Balikpapan',
    description: t(
      'Kue kering dan abon kepiting untuk oleh-oleh Balikpapan.',
      'Cookies and crab floss, Balikpapan souvenirs.',
    ),
    scale: 'mikro',
    phone: '0210',
    marketplaces: [['tokopedia', 'https://www.tokopedia.com/contoh-dapur-kampung-baru']],
  },
  // Kalimantan Selatan — Banjarmasin (63.71), Banjarbaru (63.72)
  {
    id: 'sasirangan-kampung-melayu',
    name: 'Sasirangan Kampung Melayu',
    regionCode: '63.71.05',
    location: [-3.3172, 114.6019],
    address: 'Jl. Seberang Masjid, Kampung Melayu, Banjarmasin Tengah, Banjarmasin',
    description: t(
      'Kain sasirangan dijelujur dan dicelup tangan dengan pewarna alami dan sintetis. Siap melayani pembeli luar negeri.',
      'Sasirangan cloth hand-stitched and dyed with natural and synthetic dyes; ready to serve buyers abroad.',
    ),
    scale: 'kecil',
    phone: '0301',
    marketplaces: [
      ['tokopedia', 'https://www.tokopedia.com/contoh-sasirangan-kampung-melayu'],
      ['shopee', 'https://shopee.co.id/contoh.sasiranganmelayu'],
    ],
    instagram: true,
    orders: {
      bulk: true,
      custom: true,
      minOrder: 20,
      leadTimeDays: 30,
      monthlyCapacity: 800,
      notes: BULK_EVENT_NOTE,
    },
    workshopImage: true,
  },
  {
    id: 'wadai-banjar-saripah',
    name: 'Wadai Banjar Ibu Saripah',
    regionCode: '63.71.04',
    location: [-3.2921, 114.6033],
    address: 'Jl. Sultan Adam, Banjarmasin Utara, Banjarmasin',
    description: t(
      'Wadai (kue) Banjar dibuat sehari sebelum diantar: bingka, amparan tatak, kue lam.',
      'Banjar wadai (cakes) baked the day before delivery: bingka, amparan tatak, kue lam.',
    ),
    scale: 'mikro',
    phone: '0302',
    orders: { bulk: true, minOrder: 10, leadTimeDays: 1, monthlyCapacity: 600 },
  },
  {
    id: 'haruan-barito',
    name: 'Olahan Ikan Haruan Barito',
    regionCode: '63.71.03',
    location: [-3.3213, 114.5712],
    address: 'Jl. Barito Hilir, Banjarmasin Barat, Banjarmasin',
    description: t(
      'Abon dan kerupuk dari ikan haruan (gabus) sungai.',
      'Floss and crackers made from haruan (snakehead) river fish.',
    ),
    scale: 'mikro',
    phone: '0303',
    marketplaces: [['shopee', 'https://shopee.co.id/contoh.haruanbarito']],
  },
  {
    id: 'permata-cempaka',
    name: 'Perajin Permata Cempaka',
    regionCode: '63.72.03',
    location: [-3.4992, 114.7936],
    address: 'Jl. Palam, Cempaka, Banjarbaru',
    description: t(
      'Pengasah batu permata dan akik dari kawasan pendulangan Cempaka, dekat pasar permata Martapura.',
      'Gem and agate cutters from the Cempaka mining area, near the Martapura gem market.',
    ),
    scale: 'mikro',
    phone: '0304',
    marketplaces: [['tokopedia', 'https://www.tokopedia.com/contoh-permata-cempaka']],
  },
  {
    id: 'purun-liang-anggang',
    name: 'Kelompok Perajin Purun Liang Anggang',
    regionCode: '63.72.06',
    location: [-3.4341, 114.7203],
    address: 'Jl. Trikora, Liang Anggang, Banjarbaru',
    description: t(
      'Anyaman purun, rumput rawa yang tumbuh kembali setelah dipanen: tas, tikar, vas. Cocok untuk tas seminar ramah lingkungan.',
      'Woven purun, a marsh grass that grows back after harvest: bags, mats, vases — a good fit for eco-friendly seminar bags.',
    ),
    scale: 'mikro',
    phone: '0305',
    marketplaces: [['padiumkm', 'https://padiumkm.id/toko/contoh-purun-liang-anggang']],
    orders: {
      bulk: true,
      custom: true,
      minOrder: 50,
      leadTimeDays: 21,
      monthlyCapacity: 1000,
      notes: BULK_EVENT_NOTE,
    },
    workshopImage: true,
  },
  {
    id: 'herbal-banjarbaru',
    name: 'Rumah Jamu Banjarbaru',
    regionCode: '63.72.04',
    location: [-3.4297, 114.8338],
    address: 'Jl. Panglima Batur, Banjarbaru Utara, Banjarbaru',
    description: t(
      'Minuman dan ramuan herbal dari rempah Kalimantan Selatan.',
      'Herbal drinks and remedies from South Kalimantan spices.',
    ),
    scale: 'mikro',
    phone: '0306',
    marketplaces: [['tiktok_shop', 'https://www.tiktok.com/@contoh.rumahjamubanjarbaru']],
  },
];

// ---------------------------------------------------------------------------------------------------
// Products

type CertKind = 'food' | 'halal';
interface ProductSpec {
  id: string;
  producer: string;
  category: string;
  name: Text;
  description: Text;
  price: [min: number, max: number | undefined, unit: Text];
  image: string;
  tags: string[];
  materials?: Text[];
  /** `food`: P-IRT and halal; `halal`: halal only (fresh cakes keep less than 7 days, so no P-IRT). */
  certs?: CertKind;
  availability?: ProductInput['availability'];
  orders?: OrdersInput;
  flagship?: boolean;
  exportReady?: boolean;
  packaging?: boolean;
}

const PIECE = t('buah', 'piece');
const PACK = t('bungkus', 'pack');
const JAR = t('toples', 'jar');
const BOX = t('kotak', 'box');
const BOTTLE = t('botol', 'bottle');
const SHEET = t('lembar', 'piece of cloth');
const PAIR = t('pasang', 'pair');
const SET = t('paket', 'set');
const TRAY = t('loyang', 'tray');
const RATTAN = t('rotan', 'rattan');
const PURUN = t('purun', 'purun grass');
const COTTON = t('katun primisima', 'primisima cotton');

const PRODUCTS: ProductSpec[] = [
  // rotan-manjawet-bukit-batu
  {
    id: 'tas-rotan-manjawet',
    producer: 'rotan-manjawet-bukit-batu',
    category: 'kriya',
    name: t('Tas Anyaman Rotan Manjawet', 'Manjawet woven rattan bag'),
    description: t(
      'Tas tangan anyaman rotan halus dengan motif manjawet, dikerjakan tangan selama sekitar dua minggu.',
      'Handbag of fine woven rattan with Manjawet patterns, about two weeks of handwork.',
    ),
    price: [350000, 650000, PIECE],
    image: 'rattan-bag',
    tags: ['anyaman', 'rotan', 'manjawet', 'tas'],
    materials: [RATTAN],
    availability: 'made_to_order',
    orders: { custom: true, leadTimeDays: 14 },
    flagship: true,
    exportReady: true,
  },
  {
    id: 'keranjang-rotan-serbaguna',
    producer: 'rotan-manjawet-bukit-batu',
    category: 'kriya',
    name: t('Keranjang Rotan Serbaguna', 'Multipurpose rattan basket'),
    description: t(
      'Keranjang rotan bertutup untuk parsel, buah atau tempat penyimpanan.',
      'Lidded rattan basket for hampers, fruit or storage.',
    ),
    price: [85000, 225000, PIECE],
    image: 'basket',
    tags: ['anyaman', 'rotan', 'parsel'],
    materials: [RATTAN],
  },
  {
    id: 'lampu-gantung-rotan',
    producer: 'rotan-manjawet-bukit-batu',
    category: 'dekorasi',
    name: t('Lampu Gantung Rotan', 'Rattan pendant lamp'),
    description: t(
      'Kap lampu gantung anyaman rotan untuk rumah, kafe dan hotel.',
      'Woven rattan pendant lampshade for homes, cafés and hotels.',
    ),
    price: [275000, 550000, PIECE],
    image: 'lamp',
    tags: ['rotan', 'interior', 'lampu'],
    materials: [RATTAN],
    availability: 'made_to_order',
    orders: { custom: true, leadTimeDays: 21 },
  },
  // sepatu-rotan-rakumpit
  {
    id: 'sepatu-rotan-wanita',
    producer: 'sepatu-rotan-rakumpit',
    category: 'fesyen',
    name: t('Sepatu Anyaman Rotan Wanita', 'Women’s woven rattan shoes'),
    description: t(
      'Sepatu flat anyaman rotan dengan sol karet, ukuran 36–41.',
      'Flat woven rattan shoes on rubber soles, sizes 36–41.',
    ),
    price: [285000, undefined, PAIR],
    image: 'shoe',
    tags: ['sepatu', 'rotan', 'fesyen'],
    materials: [RATTAN, t('sol karet', 'rubber sole')],
    availability: 'made_to_order',
    orders: { custom: true, leadTimeDays: 10 },
    flagship: true,
  },
  {
    id: 'sandal-rotan',
    producer: 'sepatu-rotan-rakumpit',
    category: 'fesyen',
    name: t('Sandal Anyaman Rotan', 'Woven rattan sandals'),
    description: t(
      'Sandal santai berbahan rotan, ringan dan sejuk.',
      'Light, cool casual sandals of woven rattan.',
    ),
    price: [150000, undefined, PAIR],
    image: 'shoe',
    tags: ['sandal', 'rotan'],
    materials: [RATTAN],
  },
  // batik-benang-bintik-pahandut
  {
    id: 'batik-benang-bintik-batang-garing',
    producer: 'batik-benang-bintik-pahandut',
    category: 'wastra',
    name: t(
      'Kain Batik Benang Bintik Motif Batang Garing',
      'Benang Bintik batik cloth, tree-of-life motif',
    ),
    description: t(
      'Kain batik tulis 2 × 1,15 m bermotif batang garing, pohon kehidupan suku Dayak Ngaju.',
      'Hand-drawn batik cloth, 2 × 1.15 m, with the batang garing (Dayak Ngaju tree of life) motif.',
    ),
    price: [500000, 1250000, SHEET],
    image: 'batik',
    tags: ['batik', 'benang bintik', 'batang garing', 'dayak'],
    materials: [COTTON, t('pewarna alami', 'natural dye')],
    flagship: true,
    exportReady: true,
    packaging: true,
  },
  {
    id: 'kemeja-batik-benang-bintik',
    producer: 'batik-benang-bintik-pahandut',
    category: 'fesyen',
    name: t('Kemeja Batik Benang Bintik Pria', 'Men’s Benang Bintik batik shirt'),
    description: t(
      'Kemeja lengan panjang batik cap; melayani seragam kantor dengan pesanan minimal 25 potong.',
      'Long-sleeved stamped-batik shirt; office uniforms from 25 pieces.',
    ),
    price: [325000, 450000, PIECE],
    image: 'shirt',
    tags: ['kemeja', 'batik', 'seragam'],
    materials: [COTTON],
    orders: { bulk: true, minOrder: 25, leadTimeDays: 30 },
  },
  // batu-alam-kahayan
  {
    id: 'gelang-batu-alam',
    producer: 'batu-alam-kahayan',
    category: 'aksesoris',
    name: t('Gelang Batu Alam Kalimantan', 'Kalimantan natural stone bracelet'),
    description: t(
      'Gelang elastis dari batu alam Kalimantan Tengah yang dipoles, tiap butir berbeda warna.',
      'Stretch bracelet of polished Central Kalimantan stones, each bead a different colour.',
    ),
    price: [45000, 150000, PIECE],
    image: 'bracelet',
    tags: ['gelang', 'batu alam', 'suvenir'],
    materials: [t('batu alam', 'natural stone')],
    flagship: true,
  },
  {
    id: 'kalung-batu-manik',
    producer: 'batu-alam-kahayan',
    category: 'aksesoris',
    name: t('Kalung Manik dan Batu Alam', 'Bead and natural stone necklace'),
    description: t(
      'Kalung manik-manik bermotif Dayak dengan liontin batu alam.',
      'Dayak-pattern bead necklace with a natural stone pendant.',
    ),
    price: [95000, 275000, PIECE],
    image: 'necklace',
    tags: ['kalung', 'manik', 'dayak'],
    materials: [t('manik-manik', 'beads'), t('batu alam', 'natural stone')],
  },
  // getah-nyatu-sabangau
  {
    id: 'miniatur-enggang-getah-nyatu',
    producer: 'getah-nyatu-sabangau',
    category: 'kriya',
    name: t('Miniatur Burung Enggang Getah Nyatu', 'Nyatu latex hornbill figurine'),
    description: t(
      'Miniatur burung enggang yang dibentuk dari getah nyatu lalu dilukis tangan; cendera mata khas Kalimantan Tengah.',
      'Hornbill figurine shaped from nyatu latex and hand-painted; a Central Kalimantan keepsake.',
    ),
    price: [125000, 350000, PIECE],
    image: 'hornbill',
    tags: ['getah nyatu', 'enggang', 'suvenir'],
    materials: [t('getah nyatu', 'nyatu latex')],
    availability: 'made_to_order',
    orders: { leadTimeDays: 14 },
    flagship: true,
  },
  {
    id: 'gantungan-kunci-getah-nyatu',
    producer: 'getah-nyatu-sabangau',
    category: 'kriya',
    name: t('Gantungan Kunci Getah Nyatu', 'Nyatu latex keyring'),
    description: t(
      'Gantungan kunci bentuk perisai dan mandau; cocok untuk suvenir peserta acara.',
      'Shield- and mandau-shaped keyrings; a good souvenir for event participants.',
    ),
    price: [15000, 25000, PIECE],
    image: 'carving',
    tags: ['getah nyatu', 'suvenir', 'acara'],
    materials: [t('getah nyatu', 'nyatu latex')],
    orders: { bulk: true, minOrder: 100, leadTimeDays: 14 },
  },
  // dapur-kelakai-ibu-tambun
  {
    id: 'keripik-kelakai',
    producer: 'dapur-kelakai-ibu-tambun',
    category: 'kuliner',
    name: t('Keripik Kelakai Original 100 g', 'Kelakai fern chips, original, 100 g'),
    description: t(
      'Daun kelakai digoreng renyah dengan tepung bumbu.',
      'Kelakai fern leaves fried crisp in seasoned batter.',
    ),
    price: [15000, undefined, PACK],
    image: 'chips',
    tags: ['keripik', 'kelakai', 'camilan'],
    materials: [t('daun kelakai', 'kelakai fern'), t('tepung beras', 'rice flour')],
    certs: 'food',
  },
  {
    id: 'stik-kelakai-pedas',
    producer: 'dapur-kelakai-ibu-tambun',
    category: 'kuliner',
    name: t('Stik Kelakai Pedas 150 g', 'Spicy kelakai sticks, 150 g'),
    description: t(
      'Stik renyah berbahan kelakai dan cabai.',
      'Crunchy sticks made with kelakai and chilli.',
    ),
    price: [18000, undefined, PACK],
    image: 'chips',
    tags: ['camilan', 'kelakai', 'pedas'],
    materials: [t('daun kelakai', 'kelakai fern'), t('cabai', 'chilli')],
    certs: 'food',
  },
  // madu-kelulut-rakumpit
  {
    id: 'madu-kelulut-hutan',
    producer: 'madu-kelulut-rakumpit',
    category: 'pertanian',
    name: t('Madu Kelulut Hutan 250 ml', 'Wild stingless-bee honey, 250 ml'),
    description: t(
      'Madu kelulut asam-manis dari hutan Rakumpit, panen musiman.',
      'Sweet-sour kelulut honey from the Rakumpit forest, harvested in season.',
    ),
    price: [95000, undefined, BOTTLE],
    image: 'honey',
    tags: ['madu', 'kelulut', 'hutan'],
    materials: [t('madu kelulut', 'stingless-bee honey')],
    certs: 'food',
    availability: 'seasonal',
  },
  {
    id: 'sabun-madu-kelulut',
    producer: 'madu-kelulut-rakumpit',
    category: 'herbal',
    name: t('Sabun Madu Kelulut', 'Stingless-bee honey soap'),
    description: t(
      'Sabun batang buatan tangan dengan madu kelulut dan minyak kelapa.',
      'Handmade soap bar with kelulut honey and coconut oil.',
    ),
    price: [25000, undefined, PIECE],
    image: 'soap',
    tags: ['sabun', 'kelulut', 'perawatan'],
    materials: [t('madu kelulut', 'stingless-bee honey'), t('minyak kelapa', 'coconut oil')],
  },
  // teh-bajakah-bukit-batu
  {
    id: 'teh-bajakah-celup',
    producer: 'teh-bajakah-bukit-batu',
    category: 'minuman',
    name: t('Teh Akar Bajakah Celup', 'Bajakah root tea bags'),
    description: t('Isi 20 kantong teh akar bajakah kering.', '20 bags of dried bajakah root tea.'),
    price: [45000, undefined, BOX],
    image: 'tea',
    tags: ['teh', 'bajakah', 'herbal'],
    materials: [t('akar bajakah', 'bajakah root')],
    certs: 'food',
  },
  {
    id: 'jahe-merah-instan',
    producer: 'teh-bajakah-bukit-batu',
    category: 'minuman',
    name: t('Jahe Merah Instan Gula Aren', 'Instant red ginger with palm sugar'),
    description: t(
      'Serbuk jahe merah dengan gula aren, tinggal seduh air panas.',
      'Red ginger powder with palm sugar; just add hot water.',
    ),
    price: [30000, undefined, PACK],
    image: 'bottle',
    tags: ['jahe', 'minuman hangat'],
    materials: [t('jahe merah', 'red ginger'), t('gula aren', 'palm sugar')],
    certs: 'food',
  },
  // tani-kalampangan
  {
    id: 'nanas-kalampangan',
    producer: 'tani-kalampangan',
    category: 'pertanian',
    name: t('Nanas Segar Kalampangan', 'Fresh Kalampangan pineapple'),
    description: t(
      'Nanas manis dari lahan gambut Kalampangan.',
      'Sweet pineapple from the Kalampangan peatland.',
    ),
    price: [10000, 15000, PIECE],
    image: 'pineapple',
    tags: ['nanas', 'buah', 'gambut'],
    availability: 'seasonal',
  },
  {
    id: 'minuman-lidah-buaya',
    producer: 'tani-kalampangan',
    category: 'minuman',
    name: t('Minuman Lidah Buaya', 'Aloe vera drink'),
    description: t(
      'Minuman segar potongan lidah buaya, gelas 250 ml.',
      'Refreshing drink with aloe vera cubes, 250 ml cup.',
    ),
    price: [8000, undefined, t('gelas', 'cup')],
    image: 'cup',
    tags: ['lidah buaya', 'minuman segar'],
    materials: [t('lidah buaya', 'aloe vera')],
    certs: 'food',
  },
  // amplang-mahakam
  {
    id: 'amplang-ikan-pipih',
    producer: 'amplang-mahakam',
    category: 'kuliner',
    name: t('Amplang Ikan Pipih Original 250 g', 'Knifefish amplang, original, 250 g'),
    description: t(
      'Amplang klasik Samarinda dari ikan pipih segar Sungai Mahakam.',
      'Classic Samarinda amplang from fresh Mahakam River knifefish.',
    ),
    price: [35000, undefined, PACK],
    image: 'amplang',
    tags: ['amplang', 'oleh-oleh', 'samarinda'],
    materials: [t('ikan pipih', 'knifefish'), t('tepung tapioka', 'tapioca')],
    certs: 'food',
    flagship: true,
    packaging: true,
  },
  {
    id: 'amplang-udang-pedas',
    producer: 'amplang-mahakam',
    category: 'kuliner',
    name: t('Amplang Udang Pedas 250 g', 'Spicy shrimp amplang, 250 g'),
    description: t('Amplang udang dengan bumbu cabai.', 'Shrimp amplang with chilli seasoning.'),
    price: [40000, undefined, PACK],
    image: 'amplang',
    tags: ['amplang', 'pedas'],
    materials: [t('udang', 'shrimp'), t('tepung tapioka', 'tapioca')],
    certs: 'food',
  },
  {
    id: 'paket-hantaran-amplang',
    producer: 'amplang-mahakam',
    category: 'paket-acara',
    name: t('Paket Hantaran Amplang', 'Amplang gift box'),
    description: t(
      'Kotak hadiah isi empat rasa amplang; untuk tamu daerah dan bingkisan acara.',
      'Gift box with four flavours of amplang, for official guests and event hampers.',
    ),
    price: [125000, undefined, BOX],
    image: 'packaging',
    tags: ['hantaran', 'tamu daerah', 'amplang'],
    certs: 'food',
    orders: { bulk: true, minOrder: 20, leadTimeDays: 7 },
  },
  // wadai-sungai-pinang
  {
    id: 'kue-talam-ubi',
    producer: 'wadai-sungai-pinang',
    category: 'kuliner',
    name: t('Kue Talam Ubi Ungu', 'Purple yam kue talam'),
    description: t(
      'Kue talam kukus dua lapis, ubi ungu dan santan. Untuk rapat dan jamuan tamu, dipesan paling lambat dua hari sebelumnya.',
      'Two-layer steamed cake of purple yam and coconut milk, for meetings and guests; order at least two days ahead.',
    ),
    price: [3000, undefined, PIECE],
    image: 'layer-cake',
    tags: ['kue talam', 'kue basah', 'konsumsi rapat'],
    materials: [t('ubi ungu', 'purple yam'), t('santan', 'coconut milk')],
    certs: 'halal',
    availability: 'made_to_order',
    orders: { bulk: true, minOrder: 100, leadTimeDays: 2 },
    flagship: true,
  },
  {
    id: 'kotak-snack-rapat',
    producer: 'wadai-sungai-pinang',
    category: 'paket-acara',
    name: t('Kotak Snack Rapat', 'Meeting snack box'),
    description: t(
      'Tiga kue basah khas Kaltim dan air mineral dalam kotak; bisa ditambah logo acara.',
      'Three East Kalimantan cakes and a bottle of water in a box; event logo on request.',
    ),
    price: [15000, 25000, BOX],
    image: 'packaging',
    tags: ['konsumsi rapat', 'acara', 'kue basah'],
    certs: 'halal',
    availability: 'made_to_order',
    orders: { bulk: true, custom: true, minOrder: 50, leadTimeDays: 2 },
  },
  // batik-bukit-pinang
  {
    id: 'batik-tulis-kaltim-enggang',
    producer: 'batik-bukit-pinang',
    category: 'wastra',
    name: t('Batik Tulis Kaltim Motif Enggang', 'East Kalimantan hand-drawn batik, hornbill motif'),
    description: t(
      'Batik tulis katun bermotif burung enggang, dikerjakan siswa SMK di Bukit Pinang.',
      'Hand-drawn cotton batik with a hornbill motif, made by vocational students in Bukit Pinang.',
    ),
    price: [450000, 950000, SHEET],
    image: 'batik',
    tags: ['batik', 'batik tulis', 'kaltim', 'enggang'],
    materials: [COTTON, t('malam', 'wax')],
    flagship: true,
  },
  {
    id: 'batik-cap-seragam',
    producer: 'batik-bukit-pinang',
    category: 'wastra',
    name: t('Batik Cap untuk Seragam Kantor', 'Stamped batik for office uniforms'),
    description: t(
      'Kain batik cap per lembar untuk seragam dinas dan sekolah; motif bisa disesuaikan.',
      'Stamped batik cloth for government and school uniforms; motif can be customised.',
    ),
    price: [175000, undefined, SHEET],
    image: 'batik',
    tags: ['batik cap', 'seragam', 'pesanan massal'],
    materials: [COTTON],
    availability: 'made_to_order',
    orders: { bulk: true, custom: true, minOrder: 50, leadTimeDays: 30 },
  },
  // nanas-naster-seberang
  {
    id: 'nanas-naster-500',
    producer: 'nanas-naster-seberang',
    category: 'kuliner',
    name: t('Nanas Naster 500 g', 'Pineapple tarts, 500 g'),
    description: t(
      'Kue kering isi selai nanas buatan sendiri, dalam toples.',
      'Butter cookies filled with home-made pineapple jam, in a jar.',
    ),
    price: [85000, undefined, JAR],
    image: 'pineapple-tart',
    tags: ['nanas naster', 'kue kering', 'lebaran'],
    materials: [t('nanas', 'pineapple'), t('mentega', 'butter')],
    certs: 'food',
    flagship: true,
    orders: { bulk: true, minOrder: 20, leadTimeDays: 14 },
  },
  {
    id: 'kue-sagu-keju',
    producer: 'nanas-naster-seberang',
    category: 'kuliner',
    name: t('Kue Sagu Keju 400 g', 'Sago cheese cookies, 400 g'),
    description: t(
      'Kue kering sagu yang lumer di mulut dengan taburan keju.',
      'Melt-in-the-mouth sago cookies with cheese.',
    ),
    price: [65000, undefined, JAR],
    image: 'cookies',
    tags: ['kue kering', 'sagu'],
    materials: [t('tepung sagu', 'sago flour'), t('keju', 'cheese')],
    certs: 'food',
  },
  // tenun-sarung-samarinda
  {
    id: 'sarung-tenun-samarinda',
    producer: 'tenun-sarung-samarinda',
    category: 'wastra',
    name: t('Sarung Tenun Samarinda', 'Samarinda hand-woven sarong'),
    description: t(
      'Sarung tenun tangan motif kotak khas Samarinda; tiap lembar ditenun dua sampai tiga minggu.',
      'Hand-woven sarong in Samarinda’s checked patterns; two to three weeks on the loom.',
    ),
    price: [450000, 1500000, SHEET],
    image: 'weaving',
    tags: ['tenun', 'sarung samarinda', 'wastra'],
    materials: [t('benang sutra', 'silk yarn')],
    availability: 'made_to_order',
    orders: { custom: true, leadTimeDays: 30 },
    flagship: true,
    exportReady: true,
  },
  {
    id: 'selendang-tenun',
    producer: 'tenun-sarung-samarinda',
    category: 'wastra',
    name: t('Selendang Tenun Samarinda', 'Samarinda woven shawl'),
    description: t(
      'Selendang tenun ringan untuk hadiah dan pakaian adat.',
      'A light woven shawl for gifts and traditional dress.',
    ),
    price: [275000, undefined, SHEET],
    image: 'weaving',
    tags: ['tenun', 'selendang'],
    materials: [t('benang sutra', 'silk yarn')],
    availability: 'out_of_stock',
  },
  // kopi-sungai-kunjang
  {
    id: 'kopi-liberika-sangrai',
    producer: 'kopi-sungai-kunjang',
    category: 'minuman',
    name: t('Kopi Liberika Biji Sangrai 250 g', 'Roasted Liberica coffee beans, 250 g'),
    description: t(
      'Liberika sangrai medium dengan aroma nangka; bisa digiling sesuai alat seduh.',
      'Medium-roast Liberica with a jackfruit aroma; ground to order for your brewer.',
    ),
    price: [75000, undefined, PACK],
    image: 'coffee',
    tags: ['kopi', 'liberika'],
    materials: [t('biji kopi liberika', 'Liberica coffee beans')],
    certs: 'food',
    exportReady: true,
  },
  {
    id: 'kopi-robusta-bubuk',
    producer: 'kopi-sungai-kunjang',
    category: 'minuman',
    name: t('Kopi Robusta Bubuk 200 g', 'Ground Robusta coffee, 200 g'),
    description: t(
      'Robusta bubuk untuk kopi tubruk.',
      'Ground Robusta for Indonesian-style kopi tubruk.',
    ),
    price: [45000, undefined, PACK],
    image: 'coffee',
    tags: ['kopi', 'robusta'],
    materials: [t('biji kopi robusta', 'Robusta coffee beans')],
    certs: 'food',
  },
  // batik-bontang
  {
    id: 'batik-bontang-mangrove',
    producer: 'batik-bontang',
    category: 'wastra',
    name: t('Batik Bontang Motif Mangrove', 'Bontang batik, mangrove motif'),
    description: t(
      'Batik cap-tulis bermotif hutan bakau dan ikan, warna biru laut.',
      'Stamped and hand-drawn batik with mangrove and fish motifs in sea blue.',
    ),
    price: [350000, 750000, SHEET],
    image: 'batik',
    tags: ['batik', 'bontang', 'mangrove'],
    materials: [COTTON],
    flagship: true,
  },
  {
    id: 'tas-seminar-batik-bontang',
    producer: 'batik-bontang',
    category: 'paket-acara',
    name: t('Tas Seminar Batik Bontang', 'Bontang batik seminar bag'),
    description: t(
      'Tas seminar berbahan kain motif batik Bontang dengan sablon logo acara.',
      'Seminar bag in Bontang batik-motif cloth, printed with the event logo.',
    ),
    price: [45000, 75000, PIECE],
    image: 'tote',
    tags: ['tas seminar', 'seminar kit', 'acara'],
    materials: [COTTON],
    availability: 'made_to_order',
    orders: { bulk: true, custom: true, minOrder: 50, leadTimeDays: 21 },
  },
  // amplang-bontang-kuala
  {
    id: 'amplang-tenggiri-bontang',
    producer: 'amplang-bontang-kuala',
    category: 'kuliner',
    name: t('Amplang Ikan Tenggiri Bontang 200 g', 'Bontang mackerel amplang, 200 g'),
    description: t(
      'Amplang gurih dari ikan tenggiri tangkapan nelayan Bontang Kuala.',
      'Savoury amplang from mackerel caught by Bontang Kuala fishers.',
    ),
    price: [30000, undefined, PACK],
    image: 'amplang',
    tags: ['amplang', 'bontang', 'oleh-oleh'],
    materials: [t('ikan tenggiri', 'mackerel')],
    certs: 'food',
  },
  {
    id: 'kerupuk-ikan-bontang',
    producer: 'amplang-bontang-kuala',
    category: 'kuliner',
    name: t('Kerupuk Ikan Bontang Mentah 500 g', 'Raw Bontang fish crackers, 500 g'),
    description: t(
      'Kerupuk ikan mentah, tinggal digoreng di rumah.',
      'Uncooked fish crackers, ready to fry at home.',
    ),
    price: [25000, undefined, PACK],
    image: 'crackers',
    tags: ['kerupuk', 'ikan'],
    materials: [t('ikan laut', 'sea fish'), t('tepung tapioka', 'tapioca')],
    certs: 'food',
  },
  {
    id: 'terasi-udang-bontang',
    producer: 'amplang-bontang-kuala',
    category: 'kuliner',
    name: t('Terasi Udang Bontang 100 g', 'Bontang shrimp paste, 100 g'),
    description: t(
      'Terasi dari udang rebon, dijemur matahari.',
      'Sun-dried shrimp paste from tiny rebon shrimp.',
    ),
    price: [20000, undefined, PACK],
    image: 'jar',
    tags: ['terasi', 'bumbu dapur'],
    materials: [t('udang rebon', 'rebon shrimp')],
    certs: 'food',
  },
  // seminar-kit-balikpapan
  {
    id: 'seminar-kit-batik-kaltim',
    producer: 'seminar-kit-balikpapan',
    category: 'paket-acara',
    name: t('Seminar Kit Motif Batik Kaltim', 'Seminar kit with East Kalimantan batik motifs'),
    description: t(
      'Tas, buku catatan dan pulpen bermotif batik Kaltim dengan logo acara. Pesan minimal tiga minggu sebelum acara.',
      'Bag, notebook and pen with East Kalimantan batik motifs and the event logo; order at least three weeks before the event.',
    ),
    price: [85000, 150000, SET],
    image: 'tote',
    tags: ['seminar kit', 'acara', 'pesanan massal'],
    materials: [COTTON, t('kertas daur ulang', 'recycled paper')],
    availability: 'made_to_order',
    orders: { bulk: true, custom: true, minOrder: 50, leadTimeDays: 21 },
    flagship: true,
  },
  {
    id: 'tote-bag-motif-dayak',
    producer: 'seminar-kit-balikpapan',
    category: 'fesyen',
    name: t('Tote Bag Kanvas Motif Dayak', 'Dayak-motif canvas tote bag'),
    description: t(
      'Tas jinjing kanvas tebal dengan sablon motif Dayak.',
      'Heavy canvas tote with a printed Dayak motif.',
    ),
    price: [55000, undefined, PIECE],
    image: 'tote',
    tags: ['tote bag', 'dayak'],
    materials: [t('kanvas', 'canvas')],
  },
  // dapur-kampung-baru
  {
    id: 'nastar-balikpapan',
    producer: 'dapur-kampung-baru',
    category: 'kuliner',
    name: t('Nastar Nanas Balikpapan 500 g', 'Balikpapan pineapple tarts, 500 g'),
    description: t(
      'Nastar lembut dengan selai nanas tanpa pengawet.',
      'Soft pineapple tarts with preservative-free jam.',
    ),
    price: [90000, undefined, JAR],
    image: 'pineapple-tart',
    tags: ['nastar', 'kue kering', 'oleh-oleh'],
    materials: [t('nanas', 'pineapple'), t('mentega', 'butter')],
    certs: 'food',
    availability: 'seasonal',
  },
  {
    id: 'abon-kepiting',
    producer: 'dapur-kampung-baru',
    category: 'kuliner',
    name: t('Abon Kepiting 100 g', 'Crab floss, 100 g'),
    description: t(
      'Abon daging kepiting bakau, oleh-oleh khas Balikpapan.',
      'Mangrove-crab floss, a Balikpapan speciality.',
    ),
    price: [75000, undefined, JAR],
    image: 'jar',
    tags: ['abon', 'kepiting', 'oleh-oleh'],
    materials: [t('daging kepiting', 'crab meat')],
    certs: 'food',
    flagship: true,
  },
  // sasirangan-kampung-melayu
  {
    id: 'sasirangan-gigi-haruan',
    producer: 'sasirangan-kampung-melayu',
    category: 'wastra',
    name: t('Kain Sasirangan Motif Gigi Haruan', 'Sasirangan cloth, haruan-teeth motif'),
    description: t(
      'Kain katun sasirangan 2 m, motif zig-zag gigi haruan, dijelujur dan dicelup tangan.',
      'Two metres of cotton sasirangan with the zig-zag haruan-teeth motif, hand-stitched and dyed.',
    ),
    price: [175000, 450000, SHEET],
    image: 'sasirangan',
    tags: ['sasirangan', 'banjar', 'kain'],
    materials: [COTTON, t('pewarna alami', 'natural dye')],
    flagship: true,
    exportReady: true,
    packaging: true,
  },
  {
    id: 'kemeja-sasirangan',
    producer: 'sasirangan-kampung-melayu',
    category: 'fesyen',
    name: t('Kemeja Sasirangan Pria', 'Men’s sasirangan shirt'),
    description: t(
      'Kemeja lengan pendek dari kain sasirangan, ukuran S–XXL.',
      'Short-sleeved sasirangan shirt, sizes S–XXL.',
    ),
    price: [225000, 350000, PIECE],
    image: 'shirt',
    tags: ['kemeja', 'sasirangan', 'seragam'],
    materials: [COTTON],
    orders: { bulk: true, minOrder: 20, leadTimeDays: 21 },
  },
  {
    id: 'selendang-sasirangan-sutra',
    producer: 'sasirangan-kampung-melayu',
    category: 'wastra',
    name: t('Selendang Sasirangan Sutra', 'Silk sasirangan shawl'),
    description: t(
      'Selendang sutra dengan motif kembang kacang, dikemas kotak hadiah.',
      'Silk shawl with the kembang kacang motif, in a gift box.',
    ),
    price: [350000, 850000, SHEET],
    image: 'sasirangan',
    tags: ['sasirangan', 'sutra', 'hadiah'],
    materials: [t('sutra', 'silk')],
    exportReady: true,
  },
  // wadai-banjar-saripah
  {
    id: 'bingka-kentang',
    producer: 'wadai-banjar-saripah',
    category: 'kuliner',
    name: t('Bingka Kentang', 'Potato bingka'),
    description: t(
      'Bingka kentang panggang satu loyang bunga (8 potong), dibuat sehari sebelum diambil.',
      'A flower-shaped tray of baked potato bingka (8 slices), made the day before pick-up.',
    ),
    price: [45000, undefined, TRAY],
    image: 'bingka',
    tags: ['wadai', 'bingka', 'kue banjar'],
    materials: [t('kentang', 'potato'), t('santan', 'coconut milk'), t('telur', 'eggs')],
    certs: 'halal',
    availability: 'made_to_order',
    orders: { leadTimeDays: 1 },
    flagship: true,
  },
  {
    id: 'amparan-tatak-pisang',
    producer: 'wadai-banjar-saripah',
    category: 'kuliner',
    name: t('Amparan Tatak Pisang', 'Amparan tatak banana cake'),
    description: t(
      'Kue pisang kukus berlapis santan, satu loyang.',
      'Steamed banana cake layered with coconut cream, one tray.',
    ),
    price: [50000, undefined, TRAY],
    image: 'layer-cake',
    tags: ['wadai', 'kue banjar', 'pisang'],
    materials: [t('pisang', 'banana'), t('santan', 'coconut milk')],
    certs: 'halal',
    availability: 'made_to_order',
    orders: { leadTimeDays: 1 },
  },
  // haruan-barito
  {
    id: 'abon-ikan-haruan',
    producer: 'haruan-barito',
    category: 'kuliner',
    name: t('Abon Ikan Haruan 150 g', 'Haruan fish floss, 150 g'),
    description: t(
      'Abon ikan haruan (gabus) gurih manis, tahan tiga bulan.',
      'Sweet-savoury snakehead fish floss, keeps for three months.',
    ),
    price: [55000, undefined, JAR],
    image: 'jar',
    tags: ['abon', 'haruan', 'lauk'],
    materials: [t('ikan haruan', 'snakehead fish')],
    certs: 'food',
  },
  {
    id: 'kerupuk-haruan',
    producer: 'haruan-barito',
    category: 'kuliner',
    name: t('Kerupuk Ikan Haruan 250 g', 'Haruan fish crackers, 250 g'),
    description: t('Kerupuk matang dari ikan haruan.', 'Ready-to-eat snakehead fish crackers.'),
    price: [25000, undefined, PACK],
    image: 'crackers',
    tags: ['kerupuk', 'haruan'],
    materials: [t('ikan haruan', 'snakehead fish'), t('tepung tapioka', 'tapioca')],
    certs: 'food',
  },
  // permata-cempaka
  {
    id: 'cincin-kecubung',
    producer: 'permata-cempaka',
    category: 'aksesoris',
    name: t('Cincin Perak Batu Kecubung', 'Silver ring with amethyst'),
    description: t(
      'Cincin perak 925 dengan batu kecubung asah tangan.',
      'Sterling silver ring with a hand-cut amethyst.',
    ),
    price: [350000, 1500000, PIECE],
    image: 'gem',
    tags: ['cincin', 'kecubung', 'martapura', 'permata'],
    materials: [t('perak 925', 'sterling silver'), t('kecubung', 'amethyst')],
    flagship: true,
    exportReady: true,
  },
  {
    id: 'gelang-akik-martapura',
    producer: 'permata-cempaka',
    category: 'aksesoris',
    name: t('Gelang Batu Akik Martapura', 'Martapura agate bracelet'),
    description: t(
      'Gelang butiran batu akik asah dari Kalimantan Selatan.',
      'Bracelet of polished South Kalimantan agate beads.',
    ),
    price: [125000, undefined, PIECE],
    image: 'bracelet',
    tags: ['gelang', 'akik', 'martapura'],
    materials: [t('batu akik', 'agate')],
  },
  // purun-liang-anggang
  {
    id: 'tas-purun',
    producer: 'purun-liang-anggang',
    category: 'kriya',
    name: t('Tas Anyaman Purun', 'Woven purun bag'),
    description: t(
      'Tas jinjing anyaman purun berwarna alami; bisa dipesan sebagai tas seminar ramah lingkungan.',
      'Natural-colour woven purun tote; can be ordered as an eco-friendly seminar bag.',
    ),
    price: [65000, 150000, PIECE],
    image: 'purun-bag',
    tags: ['purun', 'anyaman', 'ramah lingkungan', 'tas seminar'],
    materials: [PURUN],
    orders: { bulk: true, custom: true, minOrder: 50, leadTimeDays: 21 },
    flagship: true,
  },
  {
    id: 'tikar-purun',
    producer: 'purun-liang-anggang',
    category: 'kriya',
    name: t('Tikar Purun Motif', 'Patterned purun mat'),
    description: t(
      'Tikar purun 1 × 2 m dengan motif warna.',
      'Purun mat, 1 × 2 m, with coloured patterns.',
    ),
    price: [85000, undefined, SHEET],
    image: 'mat',
    tags: ['purun', 'tikar'],
    materials: [PURUN],
  },
  {
    id: 'vas-purun',
    producer: 'purun-liang-anggang',
    category: 'dekorasi',
    name: t('Vas Anyaman Purun', 'Woven purun vase'),
    description: t(
      'Sarung vas anyaman purun untuk bunga kering.',
      'Woven purun vase sleeve for dried flowers.',
    ),
    price: [45000, undefined, PIECE],
    image: 'vase',
    tags: ['purun', 'interior'],
    materials: [PURUN],
  },
  // herbal-banjarbaru
  {
    id: 'minyak-urut-jahe',
    producer: 'herbal-banjarbaru',
    category: 'herbal',
    name: t('Minyak Urut Jahe Merah 60 ml', 'Red ginger massage oil, 60 ml'),
    description: t(
      'Minyak urut hangat dari jahe merah dan kayu manis.',
      'Warming massage oil of red ginger and cinnamon.',
    ),
    price: [35000, undefined, BOTTLE],
    image: 'herbal',
    tags: ['herbal', 'minyak urut'],
    materials: [t('jahe merah', 'red ginger'), t('minyak kelapa', 'coconut oil')],
  },
  {
    id: 'serbuk-kunyit-asam',
    producer: 'herbal-banjarbaru',
    category: 'minuman',
    name: t('Serbuk Kunyit Asam 250 g', 'Turmeric and tamarind drink powder, 250 g'),
    description: t(
      'Jamu kunyit asam dalam bentuk serbuk instan.',
      'Turmeric-tamarind jamu as an instant powder.',
    ),
    price: [28000, undefined, PACK],
    image: 'bottle',
    tags: ['jamu', 'kunyit asam'],
    materials: [t('kunyit', 'turmeric'), t('asam jawa', 'tamarind')],
    certs: 'food',
  },
];

// ---------------------------------------------------------------------------------------------------
// Outlets

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const OUTLETS: OutletInput[] = [
  {
    id: 'galeri-oleh-oleh-samarinda',
    name: t('Pusat Oleh-Oleh Khas Kaltim', 'East Kalimantan Souvenir Gallery'),
    kind: 'souvenir_shop',
    regionCode: '64.72.09',
    location: { lat: -0.4989, lng: 117.1461 },
    address: 'Jl. Basuki Rahmat, Samarinda Kota, Samarinda',
    description: t(
      'Galeri produk lokal Kalimantan Timur: amplang, kue kering, batik dan kerajinan.',
      'Gallery of East Kalimantan products: amplang, cookies, batik and crafts.',
    ),
    // The provincial gallery opens on Jl. Basuki Rahmat in January: "opening soon" until then.
    startDate: '2027-01-15',
    hours: [{ days: [...EVERY_DAY], opens: '08:00', closes: '21:00' }],
    contact: { whatsapp: '0812-0000-0901' },
  },
  {
    id: 'dekranasda-palangka-raya',
    name: t('Galeri Dekranasda Kota Palangka Raya', 'Palangka Raya Dekranasda Craft Gallery'),
    kind: 'gallery',
    regionCode: '62.71.01',
    location: { lat: -2.2087, lng: 113.9158 },
    address: 'Jl. Tjilik Riwut Km 1, Pahandut, Palangka Raya',
    description: t(
      'Galeri Dewan Kerajinan Nasional Daerah: tas rotan mulai sekitar Rp350.000, batik Kalteng mulai sekitar Rp500.000.',
      'The regional craft council’s gallery: rattan bags from about Rp350,000, Central Kalimantan batik from about Rp500,000.',
    ),
    hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '08:00', closes: '16:00' }],
    contact: { whatsapp: '0812-0000-0902', email: 'galeri.dekranasda@example.org' },
  },
  {
    id: 'dekranasda-kalsel-banjarbaru',
    name: t(
      'Galeri Dekranasda Provinsi Kalimantan Selatan',
      'South Kalimantan Dekranasda Craft Gallery',
    ),
    kind: 'gallery',
    regionCode: '63.72.04',
    location: { lat: -3.4415, lng: 114.8312 },
    address: 'Kawasan Perkantoran Pemprov Kalsel, Banjarbaru Utara, Banjarbaru',
    hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }],
    contact: { whatsapp: '0812-0000-0903' },
  },
  {
    id: 'umkm-expo-menara-pandang-2027',
    name: t('UMKM Expo Siring Menara Pandang 2027', 'UMKM Expo at Siring Menara Pandang 2027'),
    kind: 'expo',
    regionCode: '63.71.05',
    location: { lat: -3.3199, lng: 114.5946 },
    address: 'Siring Menara Pandang, Jl. Kapten Piere Tendean, Banjarmasin Tengah, Banjarmasin',
    description: t(
      'Pameran produk UMKM Kalimantan Selatan bersama asosiasi pengusaha, dengan temu dagang untuk pembeli luar daerah dan ekspor.',
      'Expo of South Kalimantan small businesses with the employers’ association, including business matching with buyers from other regions and abroad.',
    ),
    startDate: '2027-01-29',
    endDate: '2027-02-02',
    hours: [{ days: [...EVERY_DAY], opens: '10:00', closes: '22:00' }],
    booth: t('Paviliun Kalimantan Selatan, stan 1–12', 'South Kalimantan pavilion, booths 1–12'),
    contact: { whatsapp: '0812-0000-0904' },
  },
  {
    id: 'pameran-isen-mulang-2026',
    name: t(
      'Pameran Produk Unggulan Festival Isen Mulang 2026',
      'Flagship Products Fair, Isen Mulang Festival 2026',
    ),
    kind: 'fair',
    regionCode: '62.71.01',
    location: { lat: -2.2079, lng: 113.9207 },
    address: 'Bundaran Besar, Pahandut, Palangka Raya',
    startDate: '2026-05-18',
    endDate: '2026-05-23',
    hours: [{ days: [...EVERY_DAY], opens: '09:00', closes: '21:00' }],
  },
  {
    id: 'gerai-bandara-sepinggan',
    name: t('Gerai UMKM Bandara Sepinggan', 'UMKM Corner, Sepinggan Airport'),
    kind: 'store',
    regionCode: '64.71.05',
    location: { lat: -1.2634, lng: 116.8956 },
    address: 'Terminal Keberangkatan, Bandara SAMS Sepinggan, Balikpapan Selatan, Balikpapan',
    hours: [{ days: [...EVERY_DAY], opens: '05:00', closes: '21:00' }],
  },
  {
    id: 'pasar-umkm-bontang',
    name: t('Pasar UMKM Akhir Pekan Bontang', 'Bontang Weekend UMKM Market'),
    kind: 'market',
    regionCode: '64.74.01',
    location: { lat: 0.1342, lng: 117.4975 },
    address: 'Jl. Awang Long, Bontang Utara, Bontang',
    hours: [{ days: ['sat', 'sun'], opens: '16:00', closes: '22:00' }],
  },
];

/** Which producers and products each outlet carries. */
const OUTLET_STOCK: Record<string, { producers?: string[]; products?: string[] }> = {
  'galeri-oleh-oleh-samarinda': {
    producers: [
      'amplang-mahakam',
      'nanas-naster-seberang',
      'batik-bukit-pinang',
      'kopi-sungai-kunjang',
      'tenun-sarung-samarinda',
    ],
    products: [
      'amplang-ikan-pipih',
      'amplang-udang-pedas',
      'nanas-naster-500',
      'kue-sagu-keju',
      'batik-tulis-kaltim-enggang',
      'kopi-liberika-sangrai',
      'sarung-tenun-samarinda',
    ],
  },
  'dekranasda-palangka-raya': {
    producers: [
      'rotan-manjawet-bukit-batu',
      'sepatu-rotan-rakumpit',
      'batik-benang-bintik-pahandut',
      'batu-alam-kahayan',
      'getah-nyatu-sabangau',
    ],
    products: [
      'tas-rotan-manjawet',
      'sepatu-rotan-wanita',
      'batik-benang-bintik-batang-garing',
      'gelang-batu-alam',
      'miniatur-enggang-getah-nyatu',
    ],
  },
  'dekranasda-kalsel-banjarbaru': {
    producers: ['sasirangan-kampung-melayu', 'permata-cempaka', 'purun-liang-anggang'],
    products: [
      'sasirangan-gigi-haruan',
      'selendang-sasirangan-sutra',
      'cincin-kecubung',
      'tas-purun',
      'tikar-purun',
    ],
  },
  'umkm-expo-menara-pandang-2027': {
    producers: [
      'sasirangan-kampung-melayu',
      'wadai-banjar-saripah',
      'haruan-barito',
      'permata-cempaka',
      'purun-liang-anggang',
      'herbal-banjarbaru',
    ],
  },
  'pameran-isen-mulang-2026': {
    producers: [
      'rotan-manjawet-bukit-batu',
      'batik-benang-bintik-pahandut',
      'dapur-kelakai-ibu-tambun',
      'madu-kelulut-rakumpit',
      'teh-bajakah-bukit-batu',
      'tani-kalampangan',
    ],
  },
  'gerai-bandara-sepinggan': {
    producers: ['dapur-kampung-baru', 'seminar-kit-balikpapan', 'amplang-mahakam'],
    products: ['abon-kepiting', 'nastar-balikpapan', 'tote-bag-motif-dayak', 'amplang-ikan-pipih'],
  },
  'pasar-umkm-bontang': {
    producers: ['amplang-bontang-kuala', 'batik-bontang'],
    products: [
      'amplang-tenggiri-bontang',
      'kerupuk-ikan-bontang',
      'terasi-udang-bontang',
      'batik-bontang-mangrove',
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Assembly

const slug = (id: string) => id.replace(/-/g, '');

function buildProducer(spec: ProducerSpec, index: number): ProducerInput {
  const producer: ProducerInput = {
    id: spec.id,
    name: spec.name,
    regionCode: spec.regionCode,
    location: { lat: spec.location[0], lng: spec.location[1] },
    address: spec.address,
    description: spec.description,
    contact: { whatsapp: `0812-0000-${spec.phone}`, email: `${spec.id}@example.org` },
    // Fictitious business registration numbers: 9120 prefix, then a running number.
    nib: `912000000${String(index + 1).padStart(4, '0')}`,
    scale: spec.scale,
    updatedAt: `2026-${String(1 + (index % 10)).padStart(2, '0')}-${String(3 + index).padStart(2, '0')}`,
  };
  if (spec.instagram)
    producer.social = [
      { platform: 'instagram', url: `https://www.instagram.com/contoh.${slug(spec.id)}` },
    ];
  if (spec.marketplaces)
    producer.marketplaces = spec.marketplaces.map(([platform, url]) => ({ platform, url }));
  if (spec.trademark) {
    producer.certifications = [
      {
        type: 'haki',
        number: `IDM000${String(910000 + index * 37).padStart(6, '0')}`,
        name: t('Merek terdaftar', 'Registered trademark'),
        issuer: t(
          'Direktorat Jenderal Kekayaan Intelektual',
          'Directorate General of Intellectual Property',
        ),
        ...(spec.trademarkValidUntil ? { validUntil: spec.trademarkValidUntil } : {}),
      },
    ];
  }
  if (spec.orders) producer.orders = spec.orders;
  if (spec.group) producer.group = spec.group;
  if (spec.workshopImage) {
    producer.images = [
      {
        src: 'img/workshop.svg',
        alt: t(`Tempat kerja ${spec.name}`, `${spec.name} workshop`),
        ...IMAGE,
      },
    ];
  }
  return producer;
}

const CITY_NAMES: Record<string, string> = {
  '62.71': 'Palangka Raya',
  '63.71': 'Banjarmasin',
  '63.72': 'Banjarbaru',
  '64.71': 'Balikpapan',
  '64.72': 'Samarinda',
  '64.74': 'Bontang',
};

/** Regency/city code digits for P-IRT numbers, e.g. `6472`. */
const regencyDigits = (regionCode: string) => regionCode.slice(0, 5).replace('.', '');

function certifications(kind: CertKind, regionCode: string, index: number): CertificationInput[] {
  const halal: CertificationInput = {
    type: 'halal',
    // BPJPH style: ID, then 17 digits (province code first).
    number: `ID${regionCode.slice(0, 2)}1100${String(42130 + index * 97).padStart(7, '0')}1225`,
    issuer: t(
      'Badan Penyelenggara Jaminan Produk Halal (BPJPH)',
      'Halal Product Assurance Agency (BPJPH)',
    ),
  };
  if (kind === 'halal') return [halal];
  const city = CITY_NAMES[regionCode.slice(0, 5)];
  if (!city) throw new Error(`No city name for ${regionCode}`);
  const year = 2029 + (index % 3);
  return [
    {
      type: 'pirt',
      // 1 packaging digit, 2 food-type digits, 4 regency digits, 6 running digits, 2 expiry-year digits.
      number: `2${String(10 + (index % 20)).padStart(2, '0')}${regencyDigits(regionCode)}${String(100 + index).padStart(6, '0')}-${String(year).slice(2)}`,
      issuer: t(
        `Pemerintah Kota ${city} (Dinas Kesehatan)`,
        `${city} City Government (Health Office)`,
      ),
      validUntil: `${year}-0${1 + (index % 9)}-15`,
    },
    halal,
  ];
}

function buildProduct(
  spec: ProductSpec,
  index: number,
  producers: Map<string, ProducerSpec>,
): ProductInput {
  const producer = producers.get(spec.producer);
  if (!producer) throw new Error(`Unknown producer ${spec.producer} in ${spec.id}`);
  const [min, max, unit] = spec.price;
  const images: NonNullable<ProductInput['images']> = [
    { src: `img/${spec.image}.svg`, alt: spec.name, ...IMAGE },
  ];
  if (spec.packaging) {
    images.push({
      src: 'img/packaging.svg',
      alt: t(`Kemasan hadiah ${spec.name.id}`, `${spec.name.en} in gift packaging`),
      ...IMAGE,
    });
  }
  const product: ProductInput = {
    id: spec.id,
    producerId: spec.producer,
    name: spec.name,
    category: spec.category,
    description: spec.description,
    tags: spec.tags,
    images,
    price: max === undefined ? { min, unit } : { min, max, unit },
    availability: spec.availability ?? 'in_stock',
    updatedAt: `2026-${String(1 + (index % 10)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}`,
  };
  if (spec.materials) product.materials = spec.materials;
  if (spec.certs) product.certifications = certifications(spec.certs, producer.regionCode, index);
  if (spec.flagship) product.flagship = true;
  if (spec.exportReady) product.exportReady = true;
  const exportInfo = EXPORT_DETAILS[spec.id];
  if (exportInfo) product.export = exportInfo;
  if (spec.orders) product.orders = spec.orders;
  return product;
}

/** Export details of some export-ready products (what a trading house asks first). */
const EXPORT_DETAILS: Record<string, NonNullable<ProductInput['export']>> = {
  'tas-rotan-manjawet': {
    hsCode: '4602.12',
    packaging: t(
      'Dibungkus plastik satu per satu, 20 tas per kardus (60 × 40 × 40 cm)',
      'Individually bagged, 20 bags per carton (60 × 40 × 40 cm)',
    ),
    markets: ['MY', 'SG', 'NL'],
    monthlyCapacity: 200,
  },
  'kopi-liberika-sangrai': {
    hsCode: '0901.21',
    shelfLifeDays: 365,
    packaging: t(
      'Kantong foil berkatup 250 g, 40 per kardus',
      'Valved foil bag 250 g, 40 per carton',
    ),
    markets: ['MY', 'JP'],
    monthlyCapacity: 800,
  },
  'kerupuk-haruan': {
    hsCode: '1905.90',
    shelfLifeDays: 270,
    packaging: t('Pouch 200 g, 50 per kardus', 'Pouch 200 g, 50 per carton'),
    markets: ['MY', 'BN'],
    monthlyCapacity: 1500,
  },
};

export function buildSampleFeed(): FeedInput {
  const producerSpecs = new Map(PRODUCERS.map((p) => [p.id, p]));
  return {
    $schema: '../../dist/feed.schema.json',
    version: 1,
    publisher: {
      name: t(
        'Dinas Koperasi dan UKM (contoh data Kalimantan)',
        'Cooperatives and SME Office (Kalimantan sample data)',
      ),
      regionCode: '64',
      url: 'https://example.org/etalase/produk-unggulan',
    },
    updatedAt: '2026-11-20T09:00:00+08:00',
    license: 'CC BY 4.0',
    // The demo switches on the official certificate lookup sites (see docs/feed-format.md).
    certificateLookups: { ...OFFICIAL_CERTIFICATE_LOOKUPS },
    languages: ['id', 'en'],
    categories: [
      { id: 'paket-acara', name: t('Paket acara & seminar kit', 'Event packages & seminar kits') },
    ],
    producers: PRODUCERS.map(buildProducer),
    products: PRODUCTS.map((spec, i) => buildProduct(spec, i, producerSpecs)),
    outlets: OUTLETS.map((outlet) => {
      const stock = OUTLET_STOCK[outlet.id];
      return {
        ...outlet,
        ...(stock?.producers ? { producerIds: stock.producers } : {}),
        ...(stock?.products ? { productIds: stock.products } : {}),
      };
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, JSON.stringify(buildSampleFeed(), null, 2) + '\n');
  console.log(`Wrote ${OUT.pathname}`);
}
