// Countries and provinces the registry records incidents in: ISO 3166-1 alpha-2 and
// ISO 3166-2 codes with English names, plus the spellings people also use (ISO's own
// romanisations differ from common usage, e.g. "Baat Dambang" for Battambang).
// To add a country, append it here and run `npm run db:seed`: the seed upserts it.
// No server imports: the incident form offers these provinces in the browser too.

export type GazetteerProvince = { code: string; name: string; aliases: readonly string[] };
export type GazetteerCountry = {
  code: string;
  name: string;
  aliases: readonly string[];
  provinces: readonly GazetteerProvince[];
};

const p = (code: string, name: string, ...aliases: string[]): GazetteerProvince => ({
  code,
  name,
  aliases,
});

const THAILAND: GazetteerCountry = {
  code: "TH",
  name: "Thailand",
  aliases: ["Kingdom of Thailand", "Siam"],
  provinces: [
    p("TH-10", "Bangkok", "Krung Thep Maha Nakhon"),
    p("TH-11", "Samut Prakan"),
    p("TH-12", "Nonthaburi"),
    p("TH-13", "Pathum Thani"),
    p("TH-14", "Phra Nakhon Si Ayutthaya", "Ayutthaya"),
    p("TH-15", "Ang Thong"),
    p("TH-16", "Lop Buri", "Lopburi"),
    p("TH-17", "Sing Buri", "Singburi"),
    p("TH-18", "Chai Nat", "Chainat"),
    p("TH-19", "Saraburi"),
    p("TH-20", "Chon Buri", "Chonburi"),
    p("TH-21", "Rayong"),
    p("TH-22", "Chanthaburi"),
    p("TH-23", "Trat"),
    p("TH-24", "Chachoengsao"),
    p("TH-25", "Prachin Buri", "Prachinburi"),
    p("TH-26", "Nakhon Nayok"),
    p("TH-27", "Sa Kaeo", "Sa Kaew"),
    p("TH-30", "Nakhon Ratchasima", "Korat"),
    p("TH-31", "Buri Ram", "Buriram"),
    p("TH-32", "Surin"),
    p("TH-33", "Si Sa Ket", "Sisaket", "Srisaket"),
    p("TH-34", "Ubon Ratchathani", "Ubon"),
    p("TH-35", "Yasothon"),
    p("TH-36", "Chaiyaphum"),
    p("TH-37", "Amnat Charoen"),
    p("TH-38", "Bueng Kan"),
    p("TH-39", "Nong Bua Lam Phu", "Nong Bua Lamphu"),
    p("TH-40", "Khon Kaen"),
    p("TH-41", "Udon Thani"),
    p("TH-42", "Loei"),
    p("TH-43", "Nong Khai"),
    p("TH-44", "Maha Sarakham"),
    p("TH-45", "Roi Et"),
    p("TH-46", "Kalasin"),
    p("TH-47", "Sakon Nakhon"),
    p("TH-48", "Nakhon Phanom"),
    p("TH-49", "Mukdahan"),
    p("TH-50", "Chiang Mai"),
    p("TH-51", "Lamphun"),
    p("TH-52", "Lampang"),
    p("TH-53", "Uttaradit"),
    p("TH-54", "Phrae"),
    p("TH-55", "Nan"),
    p("TH-56", "Phayao"),
    p("TH-57", "Chiang Rai"),
    p("TH-58", "Mae Hong Son"),
    p("TH-60", "Nakhon Sawan"),
    p("TH-61", "Uthai Thani"),
    p("TH-62", "Kamphaeng Phet"),
    p("TH-63", "Tak"),
    p("TH-64", "Sukhothai"),
    p("TH-65", "Phitsanulok"),
    p("TH-66", "Phichit"),
    p("TH-67", "Phetchabun"),
    p("TH-70", "Ratchaburi"),
    p("TH-71", "Kanchanaburi"),
    p("TH-72", "Suphan Buri", "Suphanburi"),
    p("TH-73", "Nakhon Pathom"),
    p("TH-74", "Samut Sakhon"),
    p("TH-75", "Samut Songkhram"),
    p("TH-76", "Phetchaburi"),
    p("TH-77", "Prachuap Khiri Khan"),
    p("TH-80", "Nakhon Si Thammarat"),
    p("TH-81", "Krabi"),
    p("TH-82", "Phangnga", "Phang Nga"),
    p("TH-83", "Phuket"),
    p("TH-84", "Surat Thani"),
    p("TH-85", "Ranong"),
    p("TH-86", "Chumphon"),
    p("TH-90", "Songkhla"),
    p("TH-91", "Satun"),
    p("TH-92", "Trang"),
    p("TH-93", "Phatthalung"),
    p("TH-94", "Pattani"),
    p("TH-95", "Yala"),
    p("TH-96", "Narathiwat"),
  ],
};

const CAMBODIA: GazetteerCountry = {
  code: "KH",
  name: "Cambodia",
  aliases: ["Kingdom of Cambodia", "Kampuchea"],
  provinces: [
    p("KH-1", "Banteay Meanchey", "Banteay Mean Chey", "Bântéay Méanchey"),
    p("KH-2", "Battambang", "Baat Dambang", "Batdâmbâng"),
    p("KH-3", "Kampong Cham", "Kampong Chaam", "Kâmpóng Cham"),
    p("KH-4", "Kampong Chhnang", "Kâmpóng Chhnang"),
    p("KH-5", "Kampong Speu", "Kampong Spueu", "Kâmpóng Spœ"),
    p("KH-6", "Kampong Thom", "Kampong Thum", "Kâmpóng Thum"),
    p("KH-7", "Kampot", "Kâmpôt"),
    p("KH-8", "Kandal", "Kandaal"),
    p("KH-9", "Koh Kong", "Kaoh Kong"),
    p("KH-10", "Kratie", "Kracheh", "Krâchéh"),
    p("KH-11", "Mondulkiri", "Mondol Kiri", "Môndól Kiri"),
    p("KH-12", "Phnom Penh", "Phnum Pénh"),
    p("KH-13", "Preah Vihear", "Preah Vihéar"),
    p("KH-14", "Prey Veng", "Prey Veaeng"),
    p("KH-15", "Pursat", "Pousaat", "Poŭthĭsăt"),
    p("KH-16", "Ratanakiri", "Rotanak Kiri", "Rôtânôkiri"),
    p("KH-17", "Siem Reap", "Siem Reab", "Siĕmréab"),
    p("KH-18", "Preah Sihanouk", "Sihanoukville", "Krŏng Preăh Sihanouk"),
    p("KH-19", "Stung Treng", "Stueng Traeng", "Stœ̆ng Trêng"),
    p("KH-20", "Svay Rieng", "Svaay Rieng", "Svay Riĕng"),
    p("KH-21", "Takeo", "Taakaev", "Takêv"),
    p("KH-22", "Oddar Meanchey", "Otdar Mean Chey", "Otdâr Méanchey"),
    p("KH-23", "Kep", "Kaeb", "Krŏng Kêb"),
    p("KH-24", "Pailin", "Krŏng Pailĭn"),
    p("KH-25", "Tboung Khmum", "Tbong Khmum", "Tboung Khmŭm"),
  ],
};

export const GAZETTEER: readonly GazetteerCountry[] = [THAILAND, CAMBODIA];

const provinceIndex = new Map(
  GAZETTEER.flatMap((c) => c.provinces.map((pr) => [pr.code, { ...pr, countryCode: c.code }] as const)),
);

export function findCountry(code: string): GazetteerCountry | undefined {
  return GAZETTEER.find((c) => c.code === code);
}

export function findProvince(code: string) {
  return provinceIndex.get(code);
}

export function provincesOf(countryCode: string): readonly GazetteerProvince[] {
  return findCountry(countryCode)?.provinces ?? [];
}
