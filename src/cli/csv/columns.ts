/**
 * The spreadsheet columns of each CSV file and where each one lands in the feed. One list serves the
 * importer (header → field), the exporter (field → cell), the templates and the steward guide.
 *
 * Headers are matched after normalisation (`Nama Produk`, `NAMA_PRODUK`, `nama-produk` are one), in
 * Indonesian or English. Text columns take language variants (`nama_produk_en`); image columns are
 * numbered for further pictures (`gambar_2`, `alt_gambar_2`).
 */
import {
  AVAILABILITIES,
  BUSINESS_SCALES,
  MARKETPLACES,
  OFFICIAL_CERTIFICATE_LOOKUPS,
  OUTLET_KINDS,
  SOCIAL_NETWORKS,
  type Availability,
  type BusinessScale,
  type CertificationType,
  type OutletKind,
} from '../../model/vocabulary.js';
import type { Bilingual } from './cells.js';

export type ColumnKind =
  | 'text'
  | 'localized'
  | 'money'
  | 'integer'
  | 'coordinate'
  | 'boolean'
  | 'date'
  | 'list'
  | 'idList'
  | 'localizedList'
  | 'choice'
  | 'category'
  | 'link'
  | 'otherLinks'
  | 'hours'
  | 'json';

/** Columns that together describe one entry of a list (an image, a certificate) or one object. */
export interface ColumnGroup {
  /** Where the list (or the single object) lives in the record. */
  at: readonly string[];
  /** Certificates group by type; images are numbered (`gambar`, `gambar_2` …). */
  key?: string;
  /** Fields every entry of the group has (the certificate type). */
  fixed?: Readonly<Record<string, string>>;
  /** One object rather than a list (the publisher's logo). */
  single?: boolean;
}

export interface ColumnSpec {
  /** Indonesian header, as written in templates and exports. */
  id: string;
  /** English header. */
  en: string;
  /** More accepted spellings (compared after normalisation). */
  aliases?: readonly string[];
  /** Field path inside the record (inside the group entry for grouped columns). */
  path: readonly string[];
  kind: ColumnKind;
  group?: ColumnGroup;
  /** The record cannot exist without it. */
  required?: boolean;
  /** Written in templates and in every export, even when empty. */
  core?: boolean;
  /** `choice`: feed value → accepted words, the Indonesian label first. */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** `link`: the platform this column holds; `otherLinks`: the platforms that have their own column. */
  platform?: string;
  platforms?: readonly string[];
  /** Example value for the template row. */
  example?: string;
  /** One line for the guide. */
  help?: Bilingual;
}

export type TableName = 'info' | 'categories' | 'regions' | 'producers' | 'products' | 'outlets';

export interface TableSpec {
  name: TableName;
  /** File names in `--dir` folders, templates and exports. */
  file: Bilingual;
  columns: readonly ColumnSpec[];
  /** Column naming the record in reports (`id_produk`). */
  idColumn?: string;
}

const p = (path: string) => path.split('.');

type Extra = Omit<ColumnSpec, 'id' | 'en' | 'path' | 'kind'>;
const column = (
  id: string,
  en: string,
  path: string,
  kind: ColumnKind,
  extra: Extra = {},
): ColumnSpec => ({
  id,
  en,
  path: p(path),
  kind,
  ...extra,
});

export const AVAILABILITY_WORDS: Record<Availability, readonly string[]> = {
  in_stock: ['tersedia', 'in stock', 'ada', 'ready', 'ready stock', 'stok ada', 'available'],
  made_to_order: [
    'pesan dulu',
    'pre-order',
    'preorder',
    'po',
    'made to order',
    'dibuat sesuai pesanan',
    'by order',
    'sesuai pesanan',
  ],
  seasonal: ['musiman', 'seasonal', 'musim'],
  out_of_stock: ['habis', 'out of stock', 'stok habis', 'kosong', 'sold out', 'tidak tersedia'],
};

export const SCALE_WORDS: Record<BusinessScale, readonly string[]> = {
  mikro: ['mikro', 'micro', 'usaha mikro'],
  kecil: ['kecil', 'small', 'usaha kecil'],
  menengah: ['menengah', 'medium', 'usaha menengah'],
};

export const OUTLET_KIND_WORDS: Record<OutletKind, readonly string[]> = {
  gallery: ['galeri', 'gallery', 'galeri dekranasda', 'showroom'],
  souvenir_shop: ['toko oleh-oleh', 'souvenir shop', 'oleh-oleh', 'pusat oleh-oleh', 'souvenir'],
  store: ['toko', 'store', 'shop', 'gerai'],
  market: ['pasar', 'market'],
  expo: ['pameran', 'expo', 'exhibition', 'festival'],
  other: ['lainnya', 'other', 'lain-lain'],
  bazaar: ['bazar', 'bazaar'],
  fair: ['pekan raya', 'fair', 'pasar rakyat', 'gelar produk'],
};

// Keep the vocabularies and the word lists in step: a new value in the model needs words here.
const _checkWords: [Availability[], BusinessScale[], OutletKind[]] = [
  [...AVAILABILITIES],
  [...BUSINESS_SCALES],
  [...OUTLET_KINDS],
];
void _checkWords;

// ---------------------------------------------------------------------------------------------------
// Column families shared by several files

function contactColumns(prefix = 'contact.'): ColumnSpec[] {
  return [
    column('no_wa', 'whatsapp', `${prefix}whatsapp`, 'text', {
      aliases: [
        'wa',
        'nomor_wa',
        'no_whatsapp',
        'nomor_whatsapp',
        'whatsapp_number',
        'no_hp',
        'nomor_hp',
        'hp',
        'no_hp_wa',
      ],
      core: true,
      example: '0812-3456-7890',
      help: {
        id: 'Nomor WhatsApp, misalnya 0812-3456-7890.',
        en: 'WhatsApp number, e.g. 0812-3456-7890.',
      },
    }),
    column('telepon', 'phone', `${prefix}phone`, 'text', {
      aliases: ['telp', 'no_telp', 'no_telepon', 'nomor_telepon', 'phone_number', 'tel'],
      help: { id: 'Telepon kantor atau rumah.', en: 'Office or landline phone.' },
    }),
    column('email', 'email', `${prefix}email`, 'text', {
      aliases: ['e_mail', 'surel', 'surat_elektronik'],
    }),
    column('situs', 'website', `${prefix}website`, 'text', {
      aliases: ['situs_web', 'web', 'laman', 'alamat_web', 'website_usaha'],
      help: { id: 'Situs web lengkap dengan https://.', en: 'Website with https://.' },
    }),
  ];
}

function locationColumns(): ColumnSpec[] {
  return [
    column('lintang', 'lat', 'location.lat', 'coordinate', {
      aliases: ['latitude', 'lat'],
      core: true,
      example: '-2.2096',
      help: {
        id: 'Lintang (derajat desimal); isi bersama bujur.',
        en: 'Latitude (decimal degrees); fill in with the longitude.',
      },
    }),
    column('bujur', 'lng', 'location.lng', 'coordinate', {
      aliases: ['longitude', 'lon', 'long', 'lng'],
      core: true,
      example: '113.9135',
    }),
  ];
}

function orderColumns(): ColumnSpec[] {
  return [
    column('pesanan_grosir', 'bulk_orders', 'orders.bulk', 'boolean', {
      aliases: ['grosir', 'bulk', 'pesanan_massal'],
      help: { id: 'Menerima pesanan partai besar (ya/tidak).', en: 'Takes bulk orders (yes/no).' },
    }),
    column('pesanan_khusus', 'custom_orders', 'orders.custom', 'boolean', {
      aliases: ['custom', 'pesanan_custom'],
      help: {
        id: 'Menerima pesanan khusus: motif, logo, kemasan (ya/tidak).',
        en: 'Takes custom orders (yes/no).',
      },
    }),
    column('min_pesan', 'min_order', 'orders.minOrder', 'integer', {
      aliases: ['minimal_pesan', 'minimum_order', 'min_pemesanan', 'moq'],
    }),
    column('waktu_proses_hari', 'lead_time_days', 'orders.leadTimeDays', 'integer', {
      aliases: ['waktu_proses', 'lama_proses_hari', 'lead_time'],
      help: { id: 'Lama pengerjaan pesanan, dalam hari.', en: 'Order lead time in days.' },
    }),
    column('kapasitas_bulanan', 'monthly_capacity', 'orders.monthlyCapacity', 'integer', {
      aliases: ['kapasitas_per_bulan', 'capacity'],
    }),
    column('catatan_pesanan', 'order_notes', 'orders.notes', 'localized'),
  ];
}

function linkColumns(
  path: string,
  names: Record<string, string>,
  other: Bilingual,
  otherAliases: string[],
): ColumnSpec[] {
  const keys = Object.keys(names);
  return [
    ...keys.map((key) =>
      column(key, key, path, 'link', {
        platform: key,
        aliases: [names[key]!],
        help: {
          id: `Alamat lengkap toko/akun di ${names[key]}.`,
          en: `Full address of the shop/account on ${names[key]}.`,
        },
      }),
    ),
    column(other.id, other.en, path, 'otherLinks', {
      platforms: keys,
      aliases: otherAliases,
      help: {
        id: `Platform lain: Nama=https://… dipisah |, misalnya "Toko Web=https://contoh.id | Blibli=https://…".`,
        en: `Other platforms: Name=https://… separated by |, e.g. "Web shop=https://example.id | Blibli=https://…".`,
      },
    }),
  ];
}

const marketplaceColumns = () =>
  linkColumns('marketplaces', MARKETPLACES, { id: 'marketplace_lain', en: 'other_marketplaces' }, [
    'lokapasar_lain',
  ]);
const socialColumns = () =>
  linkColumns('social', SOCIAL_NETWORKS, { id: 'media_sosial_lain', en: 'other_social' }, [
    'medsos_lain',
  ]);

/** Columns of image number `n` (1 = `gambar`, 2 = `gambar_2` …); `at` is the image list or the logo. */
export function imageColumns(
  at: string,
  n: number,
  names = { id: 'gambar', en: 'image' },
  single = false,
  core = true,
): ColumnSpec[] {
  const suffix = n === 1 ? '' : `_${n}`;
  const group: ColumnGroup = { at: p(at), key: String(n), ...(single ? { single } : {}) };
  const first = n === 1 && !single && core;
  return [
    column(`${names.id}${suffix}`, `${names.en}${suffix}`, 'src', 'text', {
      group,
      aliases:
        names.id === 'gambar'
          ? [
              `foto${suffix}`,
              `photo${suffix}`,
              `url_gambar${suffix}`,
              `image_url${suffix}`,
              `url_foto${suffix}`,
              `link_foto${suffix}`,
              `tautan_foto${suffix}`,
            ]
          : [],
      core: first,
      example: first ? 'img/amplang.jpg' : undefined,
      help: first
        ? {
            id: 'Alamat foto: https://… atau nama berkas di samping feed. Foto berikutnya: gambar_2, alt_gambar_2 …',
            en: 'Photo address: https://… or a file next to the feed. More photos: image_2, image_alt_2 …',
          }
        : undefined,
    }),
    column(`alt_${names.id}${suffix}`, `${names.en}_alt${suffix}`, 'alt', 'localized', {
      group,
      aliases: [
        `${names.en}_alt${suffix}`,
        `alt_${names.en}${suffix}`,
        `teks_alt_${names.id}${suffix}`,
        ...(names.id === 'gambar'
          ? [
              `keterangan_foto${suffix}`,
              `keterangan_gambar${suffix}`,
              `deskripsi_foto${suffix}`,
              `caption${suffix}`,
              `photo_caption${suffix}`,
              `alt_foto${suffix}`,
            ]
          : []),
      ],
      core: first,
      example: first ? 'Amplang ikan belida dalam kemasan 250 g' : undefined,
      help: first
        ? {
            id: 'Keterangan isi foto untuk pembaca layar.',
            en: 'What the photo shows, for screen readers.',
          }
        : undefined,
    }),
    column(`lebar_${names.id}${suffix}`, `${names.en}_width${suffix}`, 'width', 'integer', {
      group,
      core: first,
      example: first ? '800' : undefined,
    }),
    column(`tinggi_${names.id}${suffix}`, `${names.en}_height${suffix}`, 'height', 'integer', {
      group,
      core: first,
      example: first ? '600' : undefined,
    }),
  ];
}

const CERTIFICATE_COLUMNS: Record<
  string,
  { number: Bilingual; aliases: string[]; example?: string }
> = {
  pirt: {
    number: { id: 'no_pirt', en: 'pirt_number' },
    aliases: ['pirt', 'nomor_pirt', 'p_irt', 'spp_irt', 'no_p_irt', 'nomor_p_irt', 'no_spp_irt'],
    example: '2627101234567-29',
  },
  halal: {
    number: { id: 'sertifikat_halal', en: 'halal_certificate' },
    aliases: ['halal', 'no_halal', 'nomor_halal', 'no_sertifikat_halal', 'nomor_sertifikat_halal'],
    example: 'ID62110000123456789',
  },
  bpom: { number: { id: 'no_bpom', en: 'bpom_number' }, aliases: ['bpom', 'nomor_bpom', 'md_ml'] },
  sni: { number: { id: 'no_sni', en: 'sni_number' }, aliases: ['sni'] },
  haki: {
    number: { id: 'no_haki', en: 'haki_number' },
    aliases: ['haki', 'ip_number', 'merek', 'no_merek', 'trademark'],
  },
};

const CERTIFICATE_ORDER = [
  'pirt',
  'halal',
  'bpom',
  'sni',
  'haki',
] as const satisfies readonly CertificationType[];

/** Per certificate type: its number, validity, issuer, display name and verification link. */
function certificationColumns(core = true): ColumnSpec[] {
  // Certificates are read back in column order: food permits (P-IRT) first, as they are usually listed.
  return CERTIFICATE_ORDER.flatMap((type) => {
    const info = CERTIFICATE_COLUMNS[type]!;
    const group: ColumnGroup = { at: ['certifications'], key: type, fixed: { type } };
    return [
      column(info.number.id, info.number.en, 'number', 'text', {
        group,
        aliases: info.aliases,
        core: core && (type === 'pirt' || type === 'halal' || type === 'bpom'),
        example: core ? info.example : undefined,
      }),
      column(`${type}_berlaku_sampai`, `${type}_valid_until`, 'validUntil', 'date', {
        group,
        aliases: [type, ...(type === 'pirt' ? ['p_irt'] : [])].flatMap((name) => [
          `masa_berlaku_${name}`,
          `berlaku_${name}`,
          `${name}_berlaku`,
          `${name}_kedaluwarsa`,
          `${name}_expiry`,
          `${name}_expires`,
        ]),
      }),
      column(`${type}_penerbit`, `${type}_issuer`, 'issuer', 'localized', { group }),
      column(`${type}_nama`, `${type}_name`, 'name', 'localized', { group }),
      column(`${type}_tautan`, `${type}_url`, 'url', 'text', { group }),
    ];
  });
}

const EXTRA_COLUMN = column('data_lain', 'extra_json', '', 'json', {
  aliases: ['json', 'data_tambahan', 'extra'],
  help: {
    id: 'Untuk isian yang jarang (JSON, misalnya {"exportReady": true}); diisi otomatis oleh ekspor bila perlu.',
    en: 'For rare fields (JSON, e.g. {"exportReady": true}); filled in by the export when needed.',
  },
});
const UPDATED_COLUMN = column('diperbarui', 'updated_at', 'updatedAt', 'date', {
  aliases: ['tanggal_diperbarui', 'tanggal_update', 'last_updated', 'updated'],
  help: {
    id: 'Tanggal data terakhir diperiksa, misalnya 24/08/2026.',
    en: 'Date last checked, e.g. 24/08/2026.',
  },
});
const REGION_COLUMN = (required: boolean, example?: string) =>
  column('kode_wilayah', 'region_code', 'regionCode', 'text', {
    aliases: ['kode_daerah', 'wilayah', 'region', 'kode_kemendagri'],
    required,
    core: true,
    example,
    help: {
      id: 'Kode wilayah Kemendagri: 62.71 (kota) atau 62.71.02 (kecamatan).',
      en: 'Kemendagri region code: 62.71 (city) or 62.71.02 (district).',
    },
  });
const describeColumns = (example?: string) => [
  column('deskripsi', 'description', 'description', 'localized', {
    aliases: [
      'keterangan',
      'uraian',
      'desc',
      'deskripsi_produk',
      'keterangan_produk',
      'deskripsi_usaha',
      'product_description',
      'business_description',
    ],
    core: true,
    example,
  }),
];

// ---------------------------------------------------------------------------------------------------
// Tables

export const PRODUCERS: TableSpec = {
  name: 'producers',
  file: { id: 'produsen.csv', en: 'producers.csv' },
  idColumn: 'id_produsen',
  columns: [
    column('id_produsen', 'producer_id', 'id', 'text', {
      aliases: ['kode_produsen', 'id_umkm', 'kode_umkm', 'id'],
      required: true,
      core: true,
      example: 'dapur-kahayan',
      help: {
        id: 'ID unik: huruf, angka, titik, - atau _, misalnya dapur-kahayan. Jangan diubah setelah terbit.',
        en: 'Unique id: letters, digits, dot, - or _, e.g. dapur-kahayan. Keep it once published.',
      },
    }),
    column('nama_produsen', 'producer_name', 'name', 'localized', {
      aliases: [
        'nama_umkm',
        'nama_usaha',
        'business_name',
        'nama',
        'nama_ukm',
        'nama_pelaku_usaha',
      ],
      required: true,
      core: true,
      example: 'Dapur Kahayan',
    }),
    REGION_COLUMN(true, '62.71'),
    ...locationColumns(),
    column('alamat', 'address', 'address', 'text', {
      aliases: ['alamat_lengkap'],
      core: true,
      example: 'Jl. Cilik Riwut No. 12, Palangka Raya',
    }),
    ...describeColumns('Usaha keluarga pembuat amplang sejak 1998.'),
    ...contactColumns(),
    ...socialColumns(),
    ...marketplaceColumns(),
    column('nib', 'nib', 'nib', 'text', {
      aliases: ['nomor_induk_berusaha', 'no_nib', 'nomor_nib', 'no_induk_berusaha'],
      core: true,
      example: '1234567890123',
      help: {
        id: 'Nomor Induk Berusaha dari OSS, 13 angka.',
        en: 'Business id number (NIB) from OSS, 13 digits.',
      },
    }),
    column('skala', 'scale', 'scale', 'choice', {
      aliases: ['skala_usaha', 'business_scale'],
      choices: SCALE_WORDS,
      core: true,
      example: 'mikro',
      help: {
        id: 'mikro, kecil atau menengah.',
        en: 'mikro (micro), kecil (small) or menengah (medium).',
      },
    }),
    ...certificationColumns(false),
    ...orderColumns(),
    column('anggota_kelompok', 'group_members', 'group.members', 'integer', {
      aliases: ['jumlah_anggota', 'members'],
      help: {
        id: 'Untuk kelompok pembuat yang menjual bersama (minimal 2): jumlah anggotanya.',
        en: 'For a group of makers selling together (at least 2): how many members.',
      },
    }),
    column('nama_kelompok', 'group_name', 'group.name', 'localized', {
      aliases: ['jenis_kelompok'],
      help: {
        id: 'Misalnya Kelompok Usaha Bersama atau Koperasi.',
        en: 'E.g. Kelompok Usaha Bersama (joint business group) or a cooperative.',
      },
    }),
    ...imageColumns('images', 1, undefined, false, false),
    UPDATED_COLUMN,
    EXTRA_COLUMN,
  ],
};

export const PRODUCTS: TableSpec = {
  name: 'products',
  file: { id: 'produk.csv', en: 'products.csv' },
  idColumn: 'id_produk',
  columns: [
    column('id_produk', 'product_id', 'id', 'text', {
      aliases: ['kode_produk', 'id', 'sku'],
      required: true,
      core: true,
      example: 'amplang-belida-250',
    }),
    column('id_produsen', 'producer_id', 'producerId', 'text', {
      aliases: ['kode_produsen', 'id_umkm', 'kode_umkm'],
      required: true,
      core: true,
      example: 'dapur-kahayan',
      help: { id: 'ID produsen dari produsen.csv.', en: 'Producer id from producers.csv.' },
    }),
    column('nama_produk', 'product_name', 'name', 'localized', {
      aliases: ['nama', 'produk', 'name', 'nama_barang', 'product'],
      required: true,
      core: true,
      example: 'Amplang Ikan Belida',
    }),
    column('kategori', 'category', 'category', 'category', {
      aliases: ['jenis_produk', 'kelompok', 'kategori_produk', 'product_category'],
      required: true,
      core: true,
      example: 'kuliner',
      help: {
        id: 'kuliner, minuman, kriya, wastra, fesyen, aksesoris, herbal, pertanian, dekorasi, atau ID dari kategori.csv.',
        en: 'kuliner, minuman, kriya, wastra, fesyen, aksesoris, herbal, pertanian, dekorasi, or an id from categories.csv.',
      },
    }),
    ...describeColumns('Kerupuk ikan belida khas Kalimantan, renyah dan gurih.'),
    column('tag', 'tags', 'tags', 'list', {
      aliases: ['label', 'kata_kunci', 'keywords'],
      core: true,
      example: 'amplang | oleh-oleh | camilan',
      help: { id: 'Beberapa kata, dipisah |.', en: 'Several words, separated by |.' },
    }),
    column('bahan', 'materials', 'materials', 'localizedList', {
      aliases: ['bahan_baku', 'material'],
      core: true,
      example: 'ikan belida | tepung sagu',
      help: {
        id: 'Dipisah |; terjemahan di bahan_en dengan urutan yang sama.',
        en: 'Separated by |; translations in materials_en, same order.',
      },
    }),
    column('harga_min', 'price_min', 'price.min', 'money', {
      aliases: [
        'harga',
        'harga_minimum',
        'harga_terendah',
        'price',
        'harga_mulai',
        'harga_minimal',
        'harga_satuan',
        'harga_jual',
        'min_price',
      ],
      core: true,
      example: 'Rp 25.000',
      help: {
        id: 'Harga (terendah), misalnya 150000 atau Rp 150.000.',
        en: 'Price (lowest), e.g. 150000 or Rp 150.000.',
      },
    }),
    column('harga_max', 'price_max', 'price.max', 'money', {
      aliases: [
        'harga_maks',
        'harga_maksimum',
        'harga_tertinggi',
        'harga_maximum',
        'harga_maksimal',
        'max_price',
      ],
      core: true,
      example: 'Rp 45.000',
    }),
    column('mata_uang', 'currency', 'price.currency', 'text', {
      help: { id: 'Kosongkan untuk rupiah (IDR).', en: 'Leave empty for rupiah (IDR).' },
    }),
    column('satuan', 'unit', 'price.unit', 'localized', {
      aliases: ['satuan_harga', 'per'],
      core: true,
      example: 'bungkus',
    }),
    ...imageColumns('images', 1),
    ...certificationColumns(),
    column('unggulan', 'flagship', 'flagship', 'boolean', {
      aliases: ['produk_unggulan', 'featured'],
      core: true,
      example: 'ya',
      help: { id: 'Produk unggulan daerah (ya/tidak).', en: 'Regional flagship product (yes/no).' },
    }),
    column('ketersediaan', 'availability', 'availability', 'choice', {
      aliases: ['stok', 'stock', 'status'],
      choices: AVAILABILITY_WORDS,
      core: true,
      example: 'tersedia',
      help: {
        id: 'tersedia, pesan dulu, musiman atau habis.',
        en: 'in stock, pre-order, seasonal or out of stock.',
      },
    }),
    ...orderColumns(),
    ...marketplaceColumns(),
    column('siap_ekspor', 'export_ready', 'exportReady', 'boolean', { aliases: ['ekspor'] }),
    column('kode_hs', 'hs_code', 'export.hsCode', 'text', {
      aliases: ['hs_code', 'kode_hs_ekspor'],
      help: { id: 'Kode HS, misalnya 1604.20.', en: 'HS code, e.g. 1604.20.' },
    }),
    column('masa_simpan_hari', 'shelf_life_days', 'export.shelfLifeDays', 'integer', {
      aliases: ['masa_simpan', 'shelf_life'],
    }),
    column('kemasan_ekspor', 'export_packaging', 'export.packaging', 'localized'),
    column('pasar_ekspor', 'export_markets', 'export.markets', 'list', {
      aliases: ['negara_tujuan', 'export_countries'],
      help: {
        id: 'Kode negara ISO dua huruf, dipisah |, misalnya MY | SG | JP.',
        en: 'Two-letter ISO country codes, separated by |, e.g. MY | SG | JP.',
      },
    }),
    column(
      'kapasitas_ekspor_bulanan',
      'export_monthly_capacity',
      'export.monthlyCapacity',
      'integer',
      {
        aliases: ['kapasitas_ekspor'],
      },
    ),
    column('kode_wilayah', 'region_code', 'regionCode', 'text', {
      aliases: ['kode_daerah', 'wilayah', 'region'],
      help: {
        id: 'Kosongkan: produk ikut wilayah produsennya.',
        en: 'Leave empty: the product takes its producer’s region.',
      },
    }),
    UPDATED_COLUMN,
    EXTRA_COLUMN,
  ],
};

export const OUTLETS: TableSpec = {
  name: 'outlets',
  file: { id: 'outlet.csv', en: 'outlets.csv' },
  idColumn: 'id_outlet',
  columns: [
    column('id_outlet', 'outlet_id', 'id', 'text', {
      aliases: ['id_gerai', 'kode_outlet', 'id'],
      required: true,
      core: true,
      example: 'galeri-dekranasda',
    }),
    column('nama_outlet', 'outlet_name', 'name', 'localized', {
      aliases: ['nama_gerai', 'nama', 'name'],
      required: true,
      core: true,
      example: 'Galeri Dekranasda Palangka Raya',
    }),
    column('jenis', 'kind', 'kind', 'choice', {
      aliases: ['jenis_outlet', 'jenis_gerai', 'type', 'tipe'],
      choices: OUTLET_KIND_WORDS,
      required: true,
      core: true,
      example: 'galeri',
      help: {
        id: 'galeri, toko oleh-oleh, toko, pasar, lainnya; acara: pameran, bazar, pekan raya.',
        en: 'gallery, souvenir shop, store, market, other; events: expo, bazaar, fair.',
      },
    }),
    REGION_COLUMN(true, '62.71'),
    ...locationColumns(),
    column('alamat', 'address', 'address', 'text', {
      core: true,
      example: 'Jl. Tjilik Riwut Km 1, Palangka Raya',
    }),
    ...describeColumns(),
    column('jam_buka', 'opening_hours', 'openingHours', 'localized', {
      aliases: ['jam_operasional', 'hours'],
      core: true,
      example: 'Senin–Sabtu 08.00–16.00',
      help: {
        id: 'Teks bebas, dipakai bila jadwal_buka kosong.',
        en: 'Free text, used when schedule is empty.',
      },
    }),
    column('jadwal_buka', 'schedule', 'hours', 'hours', {
      aliases: ['jam_buka_hari', 'opening_schedule'],
      core: true,
      example: 'Senin–Jumat 08.00–16.00 | Sabtu 08.00–12.00',
      help: {
        id: 'Hari dan jam buka, dipisah |; ditampilkan dalam bahasa pengunjung. Menggantikan jam_buka.',
        en: 'Opening days and times, separated by |; shown in the visitor language. Replaces opening_hours.',
      },
    }),
    column('tanggal_mulai', 'start_date', 'startDate', 'date', {
      aliases: ['mulai'],
      core: true,
      help: {
        id: 'Acara: hari pertama. Tempat tetap: hari dibuka (sebelumnya tampil "segera dibuka").',
        en: 'Event: first day. Permanent place: the day it opens ("opening soon" before it).',
      },
    }),
    column('tanggal_selesai', 'end_date', 'endDate', 'date', {
      aliases: ['selesai', 'sampai'],
      core: true,
    }),
    column('stan', 'booth', 'booth', 'localized', {
      aliases: ['nomor_stan', 'booth_number'],
      help: {
        id: 'Untuk acara: letak stan daerah.',
        en: "For an event: where the region's booth is.",
      },
    }),
    ...contactColumns(),
    column('tautan', 'url', 'url', 'text', {
      aliases: ['link', 'halaman'],
      help: { id: 'Halaman outlet atau acara.', en: 'Page of the outlet or event.' },
    }),
    column('id_produsen', 'producer_ids', 'producerIds', 'idList', {
      aliases: ['produsen', 'producers'],
      core: true,
      example: 'dapur-kahayan',
      help: {
        id: 'Produsen yang dijual di sini, dipisah |.',
        en: 'Producers sold here, separated by |.',
      },
    }),
    column('id_produk', 'product_ids', 'productIds', 'idList', {
      aliases: ['produk', 'products'],
      core: true,
    }),
    EXTRA_COLUMN,
  ],
};

export const CATEGORIES: TableSpec = {
  name: 'categories',
  file: { id: 'kategori.csv', en: 'categories.csv' },
  idColumn: 'id_kategori',
  columns: [
    column('id_kategori', 'category_id', 'id', 'text', {
      aliases: ['kategori', 'id'],
      required: true,
      core: true,
      example: 'paket-acara',
    }),
    column('nama_kategori', 'category_name', 'name', 'localized', {
      aliases: ['nama', 'name'],
      required: true,
      core: true,
      example: 'Paket acara & seminar',
    }),
    column('induk', 'parent', 'parent', 'text', {
      aliases: ['kategori_induk', 'parent_category'],
      core: true,
    }),
    EXTRA_COLUMN,
  ],
};

export const REGIONS: TableSpec = {
  name: 'regions',
  file: { id: 'wilayah.csv', en: 'regions.csv' },
  idColumn: 'kode_wilayah',
  columns: [
    column('kode_wilayah', 'region_code', 'code', 'text', {
      aliases: ['kode', 'code'],
      required: true,
      core: true,
      example: '62.13',
    }),
    column('nama_wilayah', 'region_name', 'name', 'text', {
      aliases: ['nama', 'name'],
      required: true,
      core: true,
      example: 'Kabupaten Baru',
    }),
    EXTRA_COLUMN,
  ],
};

/** `penerbit.csv`: one row about the feed itself. */
export const INFO: TableSpec = {
  name: 'info',
  file: { id: 'penerbit.csv', en: 'publisher.csv' },
  columns: [
    column('penerbit', 'publisher', 'publisher.name', 'localized', {
      aliases: ['nama_penerbit', 'publisher_name', 'instansi'],
      required: true,
      core: true,
      example: 'Dinas Koperasi dan UKM Kota Palangka Raya',
    }),
    column('kode_wilayah', 'region_code', 'publisher.regionCode', 'text', {
      aliases: ['wilayah'],
      required: true,
      core: true,
      example: '62.71',
    }),
    column('situs', 'website', 'publisher.url', 'text', {
      aliases: ['url', 'situs_web'],
      core: true,
    }),
    ...imageColumns('publisher.logo', 1, { id: 'logo', en: 'logo' }, true),
    column('lisensi', 'license', 'license', 'text', { core: true, example: 'CC BY 4.0' }),
    column('bahasa', 'languages', 'languages', 'list', { core: true, example: 'id | en' }),
    column('sertakan', 'includes', 'includes', 'list', { aliases: ['feed_anak', 'child_feeds'] }),
    column('skema', 'schema', '$schema', 'text'),
    // Where visitors check each certificate type (see OFFICIAL_CERTIFICATE_LOOKUPS).
    ...CERTIFICATE_ORDER.map((type) =>
      column(`situs_cek_${type}`, `${type}_lookup`, `certificateLookups.${type}`, 'text', {
        help: {
          id: `Situs resmi pemeriksaan sertifikat ${type}, misalnya ${OFFICIAL_CERTIFICATE_LOOKUPS[type]}.`,
          en: `Official lookup site for ${type} certificates, e.g. ${OFFICIAL_CERTIFICATE_LOOKUPS[type]}.`,
        },
      }),
    ),
    EXTRA_COLUMN,
  ],
};

export const TABLES = {
  info: INFO,
  categories: CATEGORIES,
  regions: REGIONS,
  producers: PRODUCERS,
  products: PRODUCTS,
  outlets: OUTLETS,
} as const;
