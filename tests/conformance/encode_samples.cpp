// Prints one JSON object {ComponentName: sample, ...} with a FULLY POPULATED
// sample of every component of json::components() (resources, responses,
// parts and PATCH bodies), encoded by the library. check_schema.py validates
// each sample against its component in Open Klant's OpenAPI document.
//
// "Fully populated": every described field has a value (not absent, not
// null), every list has an item, every text is non-empty — so every property
// of the schema is exercised. Values are valid for the OAS (model.md §1.9
// notes that real servers send "" where the OAS forbids it; the samples do
// not). The program checks this itself, and checks that each sample decodes
// through the component's own table entry back to the same JSON; any problem
// is reported on stderr with exit status 1.

#include <boost/json.hpp>

#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/components.hpp"
#include "klantinteracties/model.hpp"

namespace {

using namespace ki;
namespace kj = ki::json;

const std::string kBase = "https://openklant.example.nl/klantinteracties/api/v1/";

// ---- scalar helpers ---------------------------------------------------------

Uuid uuid(std::string_view text) { return *kj::parse_uuid(text); }
DateTime moment(std::string_view text) { return *kj::parse_date_time(text); }
Date datum(int jaar, int maand, int dag) { return Date{jaar, maand, dag}; }

template <class T>
std::string url_of(std::string_view id) {
  return kBase + std::string(Resource<T>::collectie) + "/" + std::string(id);
}

template <class T>
Ref<T> ref(std::string_view id) {
  Ref<T> r;
  r.uuid = uuid(id);
  r.url = url_of<T>(id);
  return r;
}

namespace id {
constexpr std::string_view klantcontact = "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a31";
constexpr std::string_view klantcontact_eerder = "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b";
constexpr std::string_view betrokkene = "6d2e4f1a-8b3c-4d5e-9f60-71a2b3c4d5e6";
constexpr std::string_view onderwerpobject = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f2a3b4c5d";
constexpr std::string_view bijlage = "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f";
constexpr std::string_view medewerker = "1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0";
constexpr std::string_view team = "2f3e4d5c-6b7a-4899-a8b7-c6d5e4f3a2b1";
constexpr std::string_view chatbot = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d";
constexpr std::string_view actorklantcontact = "5b6c7d8e-9fa0-4b1c-8d2e-3f4a5b6c7d8e";
constexpr std::string_view internetaak = "7c8d9eaf-b0c1-4d2e-9f3a-4b5c6d7e8f90";
constexpr std::string_view persoon = "8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01";
constexpr std::string_view organisatie = "9eafb0c1-d2e3-4f40-b15c-6d7e8f9a0b12";
constexpr std::string_view contactpersoon = "afb0c1d2-e3f4-4051-826d-7e8f9a0b1c23";
constexpr std::string_view contactpersoon_detail = "495a6b7c-8d9e-4afb-8c07-1728394a5b6c";
constexpr std::string_view bsn = "b0c1d2e3-f405-4162-937e-8f9a0b1c2d34";
constexpr std::string_view kvk = "c1d2e3f4-0516-4273-a48f-9a0b1c2d3e45";
constexpr std::string_view email = "e3f40516-2738-4495-86a1-b1c2d3e4f506";
constexpr std::string_view telefoon = "f4051627-3849-45a6-97b2-c2d3e4f50617";
constexpr std::string_view rekening = "05162738-495a-46b7-a8c3-d3e4f5061728";
constexpr std::string_view vertegenwoordiging = "16273849-5a6b-47c8-b9d4-e4f506172839";
constexpr std::string_view categorie = "2738495a-6b7c-48d9-8ae5-f5061728394a";
constexpr std::string_view categorie_relatie = "38495a6b-7c8d-49ea-9bf6-061728394a5b";
}  // namespace id

// ---- groups -------------------------------------------------------------------

Adres adres() {
  Adres a;
  a.nummeraanduidingId = "0363200000218908";
  a.straatnaam = "Amstel";
  a.huisnummer = std::int64_t{1};
  a.huisnummertoevoeging = "A";
  a.postcode = "1011 PN";
  a.stad = "Amsterdam";
  a.adresregel1 = "t.a.v. mevrouw A.M. de Jong";
  a.adresregel2 = "Amstel 1-A";
  a.adresregel3 = "1011 PN Amsterdam";
  a.land = "NL";
  return a;
}

Contactnaam contactnaam() {
  Contactnaam n;
  n.voorletters = "A.M.";
  n.voornaam = "Anna";
  n.voorvoegselAchternaam = "de";
  n.achternaam = "Jong";
  return n;
}

Objectidentificator identificator(std::string object_id, std::string type, std::string reg,
                                  std::string soort) {
  Objectidentificator i;
  i.objectId = std::move(object_id);
  i.codeObjecttype = std::move(type);
  i.codeRegister = std::move(reg);
  i.codeSoortObjectId = std::move(soort);
  return i;
}

PartijIdentificatorGroep bsn_groep() {
  PartijIdentificatorGroep g;
  g.codeObjecttype = CodeObjecttype::natuurlijk_persoon;
  g.codeSoortObjectId = CodeSoortObjectId::bsn;
  g.objectId = "999993653";  // passes the 11-proef
  g.codeRegister = CodeRegister::brp;
  return g;
}

// ---- Actor --------------------------------------------------------------------

Medewerker medewerker() {
  Medewerker m;
  m.functie = "KCC-medewerker";
  m.emailadres = "f.elamrani@gemeente.example.nl";
  m.telefoonnummer = "0201234567";
  return m;
}

GeautomatiseerdeActor geautomatiseerde_actor() {
  GeautomatiseerdeActor g;
  g.functie = "Chatbot";
  g.omschrijving = "Beantwoordt veelgestelde vragen op gemeente.example.nl";
  return g;
}

OrganisatorischeEenheid organisatorische_eenheid() {
  OrganisatorischeEenheid o;
  o.omschrijving = "Team Parkeren van de afdeling Vergunningen";
  o.emailadres = "parkeren@gemeente.example.nl";
  o.faxnummer = "0302861234";
  o.telefoonnummer = "0302860000";
  return o;
}

Actor actor(SoortActor soort) {
  Actor a;
  a.soortActor = soort;
  a.indicatieActief = true;
  switch (soort) {
    case SoortActor::medewerker:
      a.uuid = uuid(id::medewerker);
      a.url = url_of<Actor>(id::medewerker);
      a.naam = "Fatima el Amrani";
      a.actoridentificator = identificator("E104523", "mdw", "obj", "idf");
      a.actorIdentificatie = ActorIdentificatie(medewerker());
      break;
    case SoortActor::geautomatiseerde_actor:
      a.uuid = uuid(id::chatbot);
      a.url = url_of<Actor>(id::chatbot);
      a.naam = "Chatbot Gemma";
      a.actoridentificator = identificator("BOT-01", "bot", "obj", "idf");
      a.actorIdentificatie = ActorIdentificatie(geautomatiseerde_actor());
      break;
    case SoortActor::organisatorische_eenheid:
      a.uuid = uuid(id::team);
      a.url = url_of<Actor>(id::team);
      a.naam = "Team Parkeren";
      a.actoridentificator = identificator("OE-PARK", "oe", "obj", "idf");
      a.actorIdentificatie = ActorIdentificatie(organisatorische_eenheid());
      break;
  }
  return a;
}

// ---- Klantcontact group -----------------------------------------------------

Klantcontact klantcontact() {
  Klantcontact k;
  k.uuid = uuid(id::klantcontact);
  k.url = url_of<Klantcontact>(id::klantcontact);
  k.gingOverOnderwerpobjecten = std::vector{ref<Onderwerpobject>(id::onderwerpobject)};
  k.hadBetrokkenActoren = std::vector{actor(SoortActor::medewerker)};
  k.omvatteBijlagen = std::vector{ref<Bijlage>(id::bijlage)};
  k.hadBetrokkenen = std::vector{ref<Betrokkene>(id::betrokkene)};
  k.leiddeTotInterneTaken = std::vector{ref<InterneTaak>(id::internetaak)};
  k.nummer = "0000000001";
  k.referentienummer = "2024000123";
  k.kanaal = "telefoon";
  k.onderwerp = "Aanvraag parkeervergunning";
  k.inhoud = "Mevrouw De Jong vraagt hoe zij een parkeervergunning voor bewoners aanvraagt.";
  k.reactie = "Uitgelegd dat de aanvraag via Mijn Gemeente kan; de link is per e-mail verstuurd.";
  k.indicatieContactGelukt = true;
  k.hoofdOnderwerpType =
      "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1";
  k.verdereActieOndernomen = false;
  k.taal = "nld";
  k.vertrouwelijk = false;
  k.plaatsgevondenOp = moment("2024-03-01T10:00:00.123456Z");
  k.metadata = Metadata{{"zaaknummer", "ZAAK-2024-0000123"}, {"gespreksId", "f81d4fae-7dec"}};
  return k;
}

Betrokkene betrokkene() {
  Betrokkene b;
  b.uuid = uuid(id::betrokkene);
  b.url = url_of<Betrokkene>(id::betrokkene);
  b.wasPartij = ref<Partij>(id::persoon);
  b.hadKlantcontact = ref<Klantcontact>(id::klantcontact);
  b.digitaleAdressen = std::vector{ref<DigitaalAdres>(id::telefoon)};
  b.bezoekadres = adres();
  b.correspondentieadres = adres();
  b.contactnaam = contactnaam();
  b.volledigeNaam = "Anna de Jong";
  b.rol = Rol::klant;
  b.organisatienaam = "Bakkerij Van der Berg B.V.";
  b.initiator = true;
  return b;
}

Onderwerpobject onderwerpobject() {
  Onderwerpobject o;
  o.uuid = uuid(id::onderwerpobject);
  o.url = url_of<Onderwerpobject>(id::onderwerpobject);
  o.klantcontact = ref<Klantcontact>(id::klantcontact);
  o.wasKlantcontact = ref<Klantcontact>(id::klantcontact_eerder);
  o.onderwerpobjectidentificator =
      identificator("095be615-a8ad-4c33-8e9c-c7612fbf6c9f", "zaak", "open-zaak", "uuid");
  return o;
}

Bijlage bijlage() {
  Bijlage b;
  b.uuid = uuid(id::bijlage);
  b.url = url_of<Bijlage>(id::bijlage);
  b.wasBijlageVanKlantcontact = ref<Klantcontact>(id::klantcontact);
  b.bijlageidentificator =
      identificator("9193b03f-93c2-4bfc-badf-b61494bd31d6", "DOCUMENT", "open-zaak", "uuid");
  return b;
}

ActorKlantcontact actorklantcontact() {
  ActorKlantcontact a;
  a.uuid = uuid(id::actorklantcontact);
  a.url = url_of<ActorKlantcontact>(id::actorklantcontact);
  a.actor = ref<Actor>(id::medewerker);
  a.klantcontact = ref<Klantcontact>(id::klantcontact);
  return a;
}

MaakKlantcontact maak_klantcontact() {
  MaakKlantcontact m;
  m.klantcontact = klantcontact();
  m.betrokkene = betrokkene();
  m.onderwerpobject = onderwerpobject();
  return m;
}

InterneTaak internetaak() {
  InterneTaak t;
  t.uuid = uuid(id::internetaak);
  t.url = url_of<InterneTaak>(id::internetaak);
  t.nummer = "0000000042";
  t.referentienummer = "2024000456";
  t.gevraagdeHandeling = "Terugbellen over de status van de parkeervergunning";
  t.aanleidinggevendKlantcontact = ref<Klantcontact>(id::klantcontact);
  t.toegewezenAanActor = ref<Actor>(id::medewerker);
  t.toegewezenAanActoren = std::vector{ref<Actor>(id::medewerker), ref<Actor>(id::team)};
  t.toelichting = "Mevrouw is bereikbaar na 14:00 uur.";
  t.status = Status::verwerkt;
  t.toegewezenOp = moment("2024-03-01T10:05:12.654321Z");
  t.afgehandeldOp = moment("2024-03-04T15:30:00.000001Z");
  return t;
}

// ---- Partij group -------------------------------------------------------------

DigitaalAdres digitaal_adres() {
  DigitaalAdres d;
  d.uuid = uuid(id::email);
  d.url = url_of<DigitaalAdres>(id::email);
  d.verstrektDoorBetrokkene = ref<Betrokkene>(id::betrokkene);
  d.verstrektDoorPartij = ref<Partij>(id::persoon);
  d.adres = "a.dejong@example.nl";
  d.soortDigitaalAdres = SoortDigitaalAdres::email;
  d.isStandaardAdres = true;
  d.omschrijving = "Privé e-mail";
  d.referentie = "prive-email";
  d.verificatieDatum = datum(2024, 2, 15);
  return d;
}

Rekeningnummer rekeningnummer() {
  Rekeningnummer r;
  r.uuid = uuid(id::rekening);
  r.url = url_of<Rekeningnummer>(id::rekening);
  r.partij = ref<Partij>(id::persoon);
  r.iban = "NL91ABNA0417164300";
  r.bic = "ABNANL2A";
  return r;
}

PartijIdentificator partij_identificator() {
  PartijIdentificator p;
  p.uuid = uuid(id::bsn);
  p.url = url_of<PartijIdentificator>(id::bsn);
  p.identificeerdePartij = ref<Partij>(id::persoon);
  p.anderePartijIdentificator = "BRP-inschrijving gemeente Amsterdam";
  p.partijIdentificator = bsn_groep();
  p.subIdentificatorVan = ref<PartijIdentificator>(id::kvk);
  return p;
}

Persoon persoon() {
  Persoon p;
  p.contactnaam = contactnaam();
  p.volledigeNaam = "Anna de Jong";
  return p;
}

Organisatie organisatie() {
  Organisatie o;
  o.naam = "Bakkerij Van der Berg B.V.";
  return o;
}

Contactpersoon contactpersoon() {
  Contactpersoon c;
  c.uuid = uuid(id::contactpersoon_detail);
  c.werkteVoorPartij = ref<Partij>(id::organisatie);
  Contactnaam n;
  n.voorletters = "J.P.";
  n.voornaam = "Jan";
  n.voorvoegselAchternaam = "van der";
  n.achternaam = "Berg";
  c.contactnaam = n;
  c.volledigeNaam = "Jan van der Berg";
  return c;
}

CategorieRelatieRef categorie_relatie_ref() {
  CategorieRelatieRef r;
  r.uuid = uuid(id::categorie_relatie);
  r.url = url_of<CategorieRelatie>(id::categorie_relatie);
  r.categorieNaam = "Ondernemer";
  r.beginDatum = datum(2024, 1, 1);
  r.eindDatum = datum(2025, 12, 31);
  return r;
}

CategorieRef categorie_ref() {
  CategorieRef r;
  r.uuid = uuid(id::categorie);
  r.url = url_of<Categorie>(id::categorie);
  r.naam = "Ondernemer";
  return r;
}

Partij partij(SoortPartij soort) {
  Partij p;
  p.nummer = "0000000002";
  p.interneNotitie = "Heeft een voorkeur voor contact per e-mail.";
  p.betrokkenen = std::vector{ref<Betrokkene>(id::betrokkene)};
  p.categorieRelaties = std::vector{categorie_relatie_ref()};
  p.digitaleAdressen = std::vector{ref<DigitaalAdres>(id::email), ref<DigitaalAdres>(id::telefoon)};
  p.voorkeursDigitaalAdres = ref<DigitaalAdres>(id::email);
  p.rekeningnummers = std::vector{ref<Rekeningnummer>(id::rekening)};
  p.voorkeursRekeningnummer = ref<Rekeningnummer>(id::rekening);
  p.partijIdentificatoren = std::vector{partij_identificator()};
  p.soortPartij = soort;
  p.indicatieGeheimhouding = false;
  p.voorkeurstaal = "nld";
  p.indicatieActief = true;
  p.bezoekadres = adres();
  p.correspondentieadres = adres();
  switch (soort) {
    case SoortPartij::persoon:
      p.uuid = uuid(id::persoon);
      p.vertegenwoordigden = std::vector{ref<Partij>(id::contactpersoon)};
      p.partijIdentificatie = PartijIdentificatie(persoon());
      break;
    case SoortPartij::organisatie:
      p.uuid = uuid(id::organisatie);
      p.vertegenwoordigden = std::vector{ref<Partij>(id::persoon)};
      p.partijIdentificatie = PartijIdentificatie(organisatie());
      break;
    case SoortPartij::contactpersoon:
      p.uuid = uuid(id::contactpersoon);
      p.vertegenwoordigden = std::vector{ref<Partij>(id::organisatie)};
      p.partijIdentificatie = PartijIdentificatie(contactpersoon());
      break;
  }
  p.url = url_of<Partij>(kj::format_uuid(*p.uuid));
  return p;
}

Vertegenwoordigden vertegenwoordigden() {
  Vertegenwoordigden v;
  v.uuid = uuid(id::vertegenwoordiging);
  v.url = url_of<Vertegenwoordigden>(id::vertegenwoordiging);
  v.vertegenwoordigendePartij = ref<Partij>(id::contactpersoon);
  v.vertegenwoordigdePartij = ref<Partij>(id::organisatie);
  return v;
}

Categorie categorie() {
  Categorie c;
  c.uuid = uuid(id::categorie);
  c.url = url_of<Categorie>(id::categorie);
  c.naam = "Ondernemer";
  return c;
}

CategorieRelatie categorie_relatie() {
  CategorieRelatie r;
  r.uuid = uuid(id::categorie_relatie);
  r.url = url_of<CategorieRelatie>(id::categorie_relatie);
  r.partij = ref<Partij>(id::organisatie);
  r.categorie = categorie_ref();
  r.beginDatum = datum(2024, 1, 1);
  r.eindDatum = datum(2025, 12, 31);
  return r;
}

// ---- response-only shapes -----------------------------------------------------

Klantcontact expand_klantcontact() {
  Klantcontact k = klantcontact();
  KlantcontactExpand e;
  e.hadBetrokkenen = std::vector{betrokkene()};
  e.leiddeTotInterneTaken = std::vector{internetaak()};
  e.gingOverOnderwerpobjecten = std::vector{onderwerpobject()};
  e.omvatteBijlagen = std::vector{bijlage()};
  k.expand = e;
  return k;
}

Betrokkene expand_betrokkene() {
  Betrokkene b = betrokkene();
  BetrokkeneExpand e;
  e.digitaleAdressen = std::vector{digitaal_adres()};
  b.expand = e;
  return b;
}

DigitaalAdres expand_digitaal_adres() {
  DigitaalAdres d = digitaal_adres();
  DigitaalAdresExpand e;
  e.verstrektDoorBetrokkene = Box<Betrokkene>(betrokkene());
  d.expand = e;
  return d;
}

Partij expand_partij() {
  Partij p = partij(SoortPartij::persoon);
  PartijExpand e;
  e.digitaleAdressen = std::vector{digitaal_adres()};
  e.betrokkenen = std::vector{betrokkene()};
  e.categorieRelaties = std::vector{categorie_relatie()};
  p.expand = e;
  return p;
}

OnderwerpobjectDeleteResponse delete_response() {
  OnderwerpobjectDeleteResponse r;
  r.behouden = std::vector{url_of<Klantcontact>(id::klantcontact_eerder)};
  return r;
}

template <class T>
Pagina<T> pagina(std::string_view collectie, std::vector<T> items) {
  Pagina<T> p;
  p.count = std::int64_t{201};
  p.next = kBase + std::string(collectie) + "?page=3";
  p.previous = kBase + std::string(collectie);  // page 1 has no ?page= (model.md §1.9 item 8)
  p.results = std::move(items);
  return p;
}

// ---- completeness -------------------------------------------------------------

// Appends the path of every field of `v` that is absent or null, every empty
// list and every empty text. `_expand` only counts where it is present.
template <class T>
void find_gaps(const T& v, const std::string& path, std::vector<std::string>& gaps) {
  if constexpr (std::is_same_v<T, std::string>) {
    if (v.empty()) gaps.push_back(path + " (empty text)");
  } else if constexpr (is_vector<T>::value) {
    if (v.empty()) gaps.push_back(path + " (empty list)");
    for (std::size_t i = 0; i < v.size(); ++i)
      find_gaps(v[i], path + "." + std::to_string(i), gaps);
  } else if constexpr (is_variant<T>::value) {
    std::visit([&](const auto& alt) { find_gaps(alt, path, gaps); }, v);
  } else if constexpr (is_box<T>::value) {
    find_gaps(*v, path, gaps);
  } else if constexpr (is_described_v<T>) {
    for_each_veld<T>([&](const auto& veld) {
      const auto& field = v.*(veld.member);
      const std::string p =
          path.empty() ? std::string(veld.json) : path + "." + std::string(veld.json);
      if (veld.json == "_expand" && field.is_absent()) return;
      if (!field.has_value())
        gaps.push_back(p + (field.is_null() ? " (null)" : " (absent)"));
      else
        find_gaps(*field, p, gaps);
    });
  }
  // Scalars (bool, numbers, Uuid, Date, DateTime, enums, metadata pairs) are
  // complete once present.
}

struct Samples {
  std::map<std::string, boost::json::value, std::less<>> by_name;
  std::vector<std::string> problems;

  template <class T>
  void add(const std::string& name, const T& value) {
    std::vector<std::string> gaps;
    find_gaps(value, "", gaps);
    for (const auto& g : gaps) problems.push_back(name + ": not populated: " + g);
    by_name[name] = kj::encode(value);
  }
};

Samples build() {
  Samples s;
  // Actor and its variants (model.md §4)
  s.add("Actor", actor(SoortActor::medewerker));
  s.add("Base_ActorSerializer", actor(SoortActor::organisatorische_eenheid));
  s.add("medewerker_ActorSerializer", actor(SoortActor::medewerker));
  s.add("geautomatiseerde_actor_ActorSerializer", actor(SoortActor::geautomatiseerde_actor));
  s.add("organisatorische_eenheid_ActorSerializer", actor(SoortActor::organisatorische_eenheid));
  s.add("Medewerker", medewerker());
  s.add("GeautomatiseerdeActor", geautomatiseerde_actor());
  s.add("OrganisatorischeEenheid", organisatorische_eenheid());
  s.add("Actoridentificator", identificator("E104523", "mdw", "obj", "idf"));
  s.add("ActorForeignKey", ref<Actor>(id::medewerker));
  s.add("ActorKlantcontact", actorklantcontact());

  // Klantcontact group (model.md §3)
  s.add("Klantcontact", klantcontact());
  s.add("KlantcontactForeignKey", ref<Klantcontact>(id::klantcontact));
  s.add("Betrokkene", betrokkene());
  s.add("BetrokkeneKlantcontactReadOnly", betrokkene());
  s.add("BetrokkeneForeignKey", ref<Betrokkene>(id::betrokkene));
  s.add("Bezoekadres", adres());
  s.add("BetrokkeneCorrespondentieadres", adres());
  s.add("Contactnaam", contactnaam());
  s.add("Onderwerpobject", onderwerpobject());
  s.add("OnderwerpobjectKlantcontactReadOnly", onderwerpobject());
  s.add("OnderwerpobjectForeignKey", ref<Onderwerpobject>(id::onderwerpobject));
  s.add("Onderwerpobjectidentificator",
        identificator("095be615-a8ad-4c33-8e9c-c7612fbf6c9f", "zaak", "open-zaak", "uuid"));
  s.add("OnderwerpobjectDeleteResponse", delete_response());
  s.add("Bijlage", bijlage());
  s.add("BijlageForeignKey", ref<Bijlage>(id::bijlage));
  s.add("BijlageIdentificator",
        identificator("9193b03f-93c2-4bfc-badf-b61494bd31d6", "DOCUMENT", "open-zaak", "uuid"));
  s.add("MaakKlantcontact", maak_klantcontact());
  s.add("InterneTaak", internetaak());
  s.add("InterneTaakForeignKey", ref<InterneTaak>(id::internetaak));

  // Partij group (model.md §5)
  s.add("Partij", partij(SoortPartij::persoon));
  s.add("Base_PartijSerializer", partij(SoortPartij::organisatie));
  s.add("persoon_PartijSerializer", partij(SoortPartij::persoon));
  s.add("organisatie_PartijSerializer", partij(SoortPartij::organisatie));
  s.add("contactpersoon_PartijSerializer", partij(SoortPartij::contactpersoon));
  s.add("Persoon", persoon());
  s.add("PersoonContact", contactnaam());
  s.add("Organisatie", organisatie());
  s.add("Contactpersoon", contactpersoon());
  s.add("ContactpersoonPersoon", contactpersoon().contactnaam.value());
  s.add("PartijBezoekadres", adres());
  s.add("PartijCorrespondentieadres", adres());
  s.add("PartijForeignKey", ref<Partij>(id::persoon));
  s.add("PartijForeignkeyBase", ref<Partij>(id::persoon));
  s.add("PartijPolymorphic", ref<Partij>(id::organisatie));
  s.add("PartijIdentificator", partij_identificator());
  s.add("PartijIdentificatorForeignkey", ref<PartijIdentificator>(id::kvk));
  s.add("PartijIdentificatorGroepType", bsn_groep());
  s.add("DigitaalAdres", digitaal_adres());
  s.add("DigitaalAdresForeignKey", ref<DigitaalAdres>(id::email));
  s.add("Rekeningnummer", rekeningnummer());
  s.add("RekeningnummerForeignKey", ref<Rekeningnummer>(id::rekening));
  s.add("Vertegenwoordigden", vertegenwoordigden());
  s.add("Categorie", categorie());
  s.add("CategorieForeignKey", categorie_ref());
  s.add("CategorieRelatie", categorie_relatie());
  s.add("CategorieRelatieForeignKey", categorie_relatie_ref());

  // Responses: Expand* (model.md §1.9 item 9) and pages (§9)
  s.add("ExpandKlantcontact", expand_klantcontact());
  s.add("ExpandBetrokkene", expand_betrokkene());
  s.add("ExpandDigitaalAdres", expand_digitaal_adres());
  s.add("ExpandPartij", expand_partij());
  s.add("PaginatedActorKlantcontactList",
        pagina("actorklantcontacten", std::vector{actorklantcontact()}));
  s.add("PaginatedActorList",
        pagina("actoren",
               std::vector{actor(SoortActor::medewerker), actor(SoortActor::geautomatiseerde_actor),
                           actor(SoortActor::organisatorische_eenheid)}));
  s.add("PaginatedBetrokkeneList", pagina("betrokkenen", std::vector{betrokkene()}));
  s.add("PaginatedBijlageList", pagina("bijlagen", std::vector{bijlage()}));
  s.add("PaginatedCategorieList", pagina("categorieen", std::vector{categorie()}));
  s.add("PaginatedCategorieRelatieList",
        pagina("categorie-relaties", std::vector{categorie_relatie()}));
  s.add("PaginatedDigitaalAdresList", pagina("digitaleadressen", std::vector{digitaal_adres()}));
  s.add("PaginatedExpandBetrokkeneList", pagina("betrokkenen", std::vector{expand_betrokkene()}));
  s.add("PaginatedExpandDigitaalAdresList",
        pagina("digitaleadressen", std::vector{expand_digitaal_adres()}));
  s.add("PaginatedExpandKlantcontactList",
        pagina("klantcontacten", std::vector{expand_klantcontact()}));
  s.add("PaginatedExpandPartijList", pagina("partijen", std::vector{expand_partij()}));
  s.add("PaginatedInterneTaakList", pagina("internetaken", std::vector{internetaak()}));
  s.add("PaginatedKlantcontactList", pagina("klantcontacten", std::vector{klantcontact()}));
  s.add("PaginatedOnderwerpobjectList",
        pagina("onderwerpobjecten", std::vector{onderwerpobject()}));
  s.add("PaginatedPartijIdentificatorList",
        pagina("partij-identificatoren", std::vector{partij_identificator()}));
  s.add(
      "PaginatedPartijList",
      pagina("partijen", std::vector{partij(SoortPartij::persoon), partij(SoortPartij::organisatie),
                                     partij(SoortPartij::contactpersoon)}));
  s.add("PaginatedRekeningnummerList", pagina("rekeningnummers", std::vector{rekeningnummer()}));
  s.add("PaginatedVertegenwoordigdenList",
        pagina("vertegenwoordigingen", std::vector{vertegenwoordigden()}));
  return s;
}

}  // namespace

int main() {
  Samples samples = build();
  std::vector<std::string>& problems = samples.problems;

  boost::json::object out;
  for (const auto& comp : kj::components()) {
    const std::string naam(comp.naam);
    auto it = samples.by_name.find(naam);
    // A PATCH body is the resource with every property given.
    if (it == samples.by_name.end() && comp.gebruik == kj::Gebruik::patch)
      it = samples.by_name.find(naam.substr(std::string_view("Patched").size()));
    if (it == samples.by_name.end()) {
      problems.push_back(naam + ": no sample (add one to encode_samples.cpp)");
      continue;
    }
    // The sample must be what the table's own type reads and writes.
    InvalidParams errors;
    const boost::json::value again = comp.roundtrip(it->second, errors);
    for (const auto& e : errors)
      problems.push_back(naam + ": decode error " + e.name + " " + e.code);
    if (errors.empty() && again != it->second)
      problems.push_back(naam + ": the table's type does not re-encode the sample unchanged");
    // Expand* samples carry `_expand` (model.md §1.9 item 9).
    if (naam.rfind("Expand", 0) == 0 && !it->second.as_object().contains("_expand"))
      problems.push_back(naam + ": no _expand");
    if (naam.rfind("PaginatedExpand", 0) == 0)
      for (const auto& item : it->second.as_object().at("results").as_array())
        if (!item.as_object().contains("_expand"))
          problems.push_back(naam + ": result without _expand");
    out[naam] = it->second;
  }
  for (const auto& [naam, value] : samples.by_name)
    if (kj::find_component(naam) == nullptr)
      problems.push_back(naam + ": not in the component table");

  for (const auto& p : problems) std::cerr << "encode_samples: " << p << '\n';
  if (!problems.empty()) return 1;
  std::cout << boost::json::serialize(out) << '\n';
  return 0;
}
