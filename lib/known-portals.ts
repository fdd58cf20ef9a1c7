/**
 * FirstAgenda Publication portals known to exist, by municipality: the list of municipalities
 * whose portal answers the FirstAgenda API, from the public repository simo224i-eng/pkn-vidensbase
 * (tools/originaler/firstagenda.json @ 785bde45), a third-party list not verified here, plus three
 * portals outside the naming scheme (lib/hosts.ts IRREGULAR_PORTALS). Every host here is covered by
 * the manifest's match patterns (a unit test checks it), so these work out of the box. A misspelt
 * duplicate in the source ("Guldborgssund") is left out.
 * Used by the welcome page (the searchable list) and the archive page (a name finds its portal).
 */
export interface KnownPortal {
  municipality: string;
  host: string;
}

export const KNOWN_PORTALS: readonly KnownPortal[] = [
  { municipality: 'Albertslund', host: 'dagsordner.albertslund.dk' },
  { municipality: 'Allerød', host: 'dagsordener.alleroed.dk' },
  { municipality: 'Assens', host: 'dagsorden.assens.dk' },
  { municipality: 'Ballerup', host: 'dagsorden.ballerup.dk' },
  { municipality: 'Dragør', host: 'dagsordener.dragoer.dk' },
  { municipality: 'Egedal', host: 'dagsordener.egedalkommune.dk' },
  { municipality: 'Esbjerg', host: 'dagsordener.esbjergkommune.dk' },
  { municipality: 'Fanø', host: 'dagsordener.fanoe.dk' },
  { municipality: 'Favrskov', host: 'dagsordener.favrskov.dk' },
  { municipality: 'Faxe', host: 'dagsordener.faxekommune.dk' },
  { municipality: 'Fredensborg', host: 'dagsordener.fredensborg.dk' },
  { municipality: 'Frederiksberg', host: 'dagsordener.frederiksberg.dk' },
  { municipality: 'Frederikshavn', host: 'dagsordener.frederikshavn.dk' },
  { municipality: 'Furesø', host: 'dagsordener.furesoe.dk' },
  { municipality: 'Gentofte', host: 'dagsordener.gentofte.dk' },
  { municipality: 'Gladsaxe', host: 'dagsordener.gladsaxe.dk' },
  { municipality: 'Gribskov', host: 'dagsordener.gribskov.dk' },
  { municipality: 'Guldborgsund', host: 'dagsordener.guldborgsund.dk' },
  { municipality: 'Haderslev', host: 'dagsordener.haderslev.dk' },
  { municipality: 'Halsnæs', host: 'dagsorden.halsnaes.dk' },
  { municipality: 'Herlev', host: 'dagsordener.herlev.dk' },
  { municipality: 'Herning', host: 'dagsordener.herning.dk' },
  { municipality: 'Hjørring', host: 'dagsordener.hjoerring.dk' },
  { municipality: 'Holbæk', host: 'dagsordener.holbaek.dk' },
  { municipality: 'Holstebro', host: 'dagsordener.holstebro.dk' },
  { municipality: 'Horsens', host: 'dagsordener.horsens.dk' },
  { municipality: 'Hvidovre', host: 'dagsordener-referater.hvidovre.dk' },
  { municipality: 'Ikast-Brande', host: 'dagsordener.ikast-brande.dk' },
  { municipality: 'Jammerbugt', host: 'dagsordener.jammerbugt.dk' },
  { municipality: 'Kalundborg', host: 'dagsordener.kalundborg.dk' },
  { municipality: 'Kerteminde', host: 'dagsordener.kerteminde.dk' },
  { municipality: 'Kolding', host: 'udvalg.kolding.dk' },
  { municipality: 'Langeland', host: 'dagsordener.langelandkommune.dk' },
  { municipality: 'Lejre', host: 'dagsordener.lejre.dk' },
  { municipality: 'Lemvig', host: 'dagsordener.lemvig.dk' },
  { municipality: 'Lolland', host: 'dagsordener.lolland.dk' },
  { municipality: 'Mariagerfjord', host: 'dagsordener.mariagerfjord.dk' },
  { municipality: 'Middelfart', host: 'dagsordener.middelfart.dk' },
  { municipality: 'Nordfyn', host: 'dagsordener.nordfynskommune.dk' },
  { municipality: 'Nyborg', host: 'dagsordener.nyborg.dk' },
  { municipality: 'Næstved', host: 'dagsordener.naestved.dk' },
  { municipality: 'Odder', host: 'dagsordener.odder.dk' },
  { municipality: 'Odense', host: 'dagsordener.odense.dk' },
  { municipality: 'Odsherred', host: 'dagsordener.odsherred.dk' },
  { municipality: 'Randers', host: 'dagsordener.randers.dk' },
  { municipality: 'Rebild', host: 'dagsordener.rebild.dk' },
  { municipality: 'Ringsted', host: 'dagsordener.ringsted.dk' },
  { municipality: 'Roskilde', host: 'dagsordener.roskilde.dk' },
  { municipality: 'Rudersdal', host: 'dagsordener.rudersdal.dk' },
  { municipality: 'Samsø', host: 'dagsorden.samsoe.dk' },
  { municipality: 'Silkeborg', host: 'dagsordener.silkeborg.dk' },
  { municipality: 'Skanderborg', host: 'dagsordener.skanderborg.dk' },
  { municipality: 'Skive', host: 'dagsordener.skive.dk' },
  { municipality: 'Slagelse', host: 'dagsordener.slagelse.dk' },
  { municipality: 'Sorø', host: 'dagsordener.soroe.dk' },
  { municipality: 'Stevns', host: 'dagsordener.stevns.dk' },
  { municipality: 'Svendborg', host: 'dagsordener.svendborg.dk' },
  { municipality: 'Thisted', host: 'dagsordener.thisted.dk' },
  { municipality: 'Tønder', host: 'dagsordener.toender.dk' },
  { municipality: 'Vallensbæk', host: 'dagsordener.vallensbaek.dk' },
  { municipality: 'Varde', host: 'dagsordener.vardekommune.dk' },
  { municipality: 'Vejen', host: 'dagsordener.vejen.dk' },
  { municipality: 'Vejle', host: 'dagsordener.vejle.dk' },
  { municipality: 'Viborg', host: 'dagsordener.viborg.dk' },
  { municipality: 'Ærø', host: 'dagsordener.aeroekommune.dk' },
  { municipality: 'Aabenraa', host: 'dagsordener.aabenraa.dk' },
  { municipality: 'Aarhus', host: 'dagsordener.aarhus.dk' },
];
