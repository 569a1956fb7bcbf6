export type GazetteerProvince = { code: string; name: string; aliases: readonly string[] };
export type GazetteerCountry = {
  code: string;
  name: string;
  aliases: readonly string[];
  provinces: readonly GazetteerProvince[];
};
