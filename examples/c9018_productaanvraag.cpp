// C9018 — Klant belt KCC om een product aan te vragen.
//
// A klant phones the KCC (klantcontactcentrum) of the municipality to request
// a simple product. The KCC employee registers the call, finds or registers
// the klant, attaches the product request and, when somebody else has to
// create the zaak, hands that over with an interne taak. This program runs
// that case against the in-process register (ki::Register) with the case
// functions of klantinteracties/cases/c9018.hpp, and prints what each step
// stored, as the register returns it in the JSON of the Klantinteracties API
// (Open Klant).
//
// The case has alternatives:
//   variant A   (--variant bekend) the klant is already known as a Partij:
//               the betrokkene links it;
//   variant B1  (--variant nieuwe-partij) the klant is not known and consents
//               to reuse of the data: a new Partij with BSN, addresses and
//               digitale adressen, the phone number as voorkeur;
//   variant B2  (--variant alleen-contactgegevens) the klant is not known and
//               the data is only for this request: the betrokkene carries the
//               contact data itself, no Partij;
//   variant C   the zaak is created automatically from the e-form: no task;
//   variant D   (--interne-taak) creating the zaak is delegated: an
//               InterneTaak for a team.
// --zaak adds step 7: the zaak linked to the klantcontact; in variant B2 the
// klant's contact data is handed out for this zaak only, as a ZGW `rol`.
//
// Without options every variant is run once (A with the zaak, B1 with the
// interne taak, B2 with the zaak and its contact data), each step narrated,
// and finally the all-or-nothing rule is shown. With --json one run (variant
// A unless --variant says otherwise) is made with the single call c9018() and
// printed as one JSON document.
//
// Source: spec/cases.md §2 (the seed's version of C9018). The VNG pages write
// display names where Open Klant wants codes ("Nederlands" -> "nld", land
// "003" -> "NL", identificator "Burgerservicenummer" -> "bsn"); the values
// below are the ones Open Klant accepts (spec/referentielijsten.md §5).
//
// The register assigns random uuids; everything else in the output is the
// same on every run (the register's clock is fixed).

#include <boost/json.hpp>
#include <boost/uuid/name_generator_sha1.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/cases/c9018.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/register/register.hpp"

namespace {

namespace kc = ki::cases;

constexpr std::string_view kBasis = "https://openklant.example.nl";
constexpr std::string_view kApi = "https://openklant.example.nl/klantinteracties/api/v1";
constexpr std::string_view kBekendeBsn = "296648875";
constexpr std::string_view kNieuweBsn = "999990019";
constexpr std::string_view kKarelsBsn = "999993653";  // known to the BRP, not to the KCC

enum class Variant { bekend, nieuwe_partij, alleen_contactgegevens };

struct Run {
  Variant variant;
  bool interne_taak;
  bool zaak;
};

// ---- small helpers -------------------------------------------------------------

// A fixed uuid for an object outside Klantinteracties (the product request in
// the Objecten API, the zaak in Open Zaak).
ki::Uuid extern_uuid(std::string_view naam) {
  static const boost::uuids::name_generator_sha1 generator(boost::uuids::ns::url());
  return generator(fmt::format("https://gemeente.example.nl/c9018/{}", naam));
}

std::string tekst(const ki::Uuid& u) { return ki::json::format_uuid(u); }

// The register's clock: 1 March 2023, 09:12 UTC (the call is at 10:00 local).
std::chrono::system_clock::time_point klok() {
  using namespace std::chrono;
  return sys_days{year{2023} / March / 1} + hours{9} + minutes{12};
}

[[noreturn]] void mislukt(std::string_view wat, const ki::Antwoord& a) {
  std::cerr << wat << " mislukt: " << boost::json::serialize(a.body) << '\n';
  std::exit(1);
}

ki::Uuid maak(ki::Register& reg, std::string_view collectie, std::string_view json) {
  const auto a = reg.create(collectie, boost::json::parse(json));
  if (a.status != ki::HttpStatus::created) mislukt(collectie, a);
  return *ki::json::parse_uuid(std::string_view(a.body.at("uuid").get_string()));
}

// One step: what happened and the API call(s) it stands for, then the object
// in the API's JSON (compact, one line).
void toon(std::string_view stap, std::string_view aanroep, const boost::json::value& object) {
  std::cout << stap << " (" << aanroep << ")\n" << boost::json::serialize(object) << '\n';
}

template <class T>
boost::json::value lees(const ki::Register& reg, const ki::Uuid& u) {
  return reg.get<T>(u).body;
}

// ---- the register the case starts from -----------------------------------------

// What exists before the phone rings: the KCC employee, the team that
// creates zaken for parking permits, and a klant known as a partij.
struct Gemeente {
  ki::Register reg{{.base_url = std::string(kBasis), .klok = klok}};
  ki::Uuid medewerker{}, team{}, anna{};

  Gemeente() {
    // No dashes in phone numbers: 070-1234567 is rejected (KI-TEL-002).
    medewerker = maak(reg, "actoren", R"({"naam": "Fatima Yilmaz", "soortActor": "medewerker",
      "indicatieActief": true, "actorIdentificatie": {"functie": "KCC-medewerker",
      "emailadres": "f.yilmaz@gemeente.example.nl", "telefoonnummer": "0701234567"}})");
    team = maak(reg, "actoren", R"({"naam": "Team Parkeren",
      "soortActor": "organisatorische_eenheid", "indicatieActief": true,
      "actorIdentificatie": {"omschrijving": "Behandelt parkeervergunningen",
      "emailadres": "parkeren@gemeente.example.nl", "telefoonnummer": "0707654321"}})");
    anna = maak(reg, "partijen", R"({"soortPartij": "persoon", "indicatieActief": true,
      "indicatieGeheimhouding": false, "voorkeurstaal": "nld",
      "partijIdentificatie": {"contactnaam": {"voorletters": "A", "voornaam": "Anna",
                                              "achternaam": "Jansen"}},
      "partijIdentificatoren": [{"partijIdentificator": {"codeRegister": "brp",
        "codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
        "objectId": "296648875"}}]})");
    maak(reg, "digitaleadressen",
         fmt::format(R"({{"verstrektDoorBetrokkene": null,
           "verstrektDoorPartij": {{"uuid": "{}"}}, "adres": "anna.jansen@example.nl",
           "soortDigitaalAdres": "email", "isStandaardAdres": true}})",
                     tekst(anna)));
  }
};

// ---- the case's input, per variant ------------------------------------------------

kc::KlantcontactGegevens gesprek() {
  kc::KlantcontactGegevens g;  // kanaal "telefoon", taal "nld", vertrouwelijk false
  g.referentienummer.clear();  // left to the register's consumer; none here
  g.onderwerp = "Productaanvraag";
  g.inhoud =
      "Klant vraagt telefonisch een parkeervergunning voor bewoners aan; "
      "de aanvraag is vastgelegd in het e-formulier.";
  g.indicatieContactGelukt = true;
  g.plaatsgevondenOp = ki::json::parse_date_time("2023-03-01T10:00:00+01:00");  // with offset
  return g;
}

ki::Contactnaam contactnaam(std::string_view voorletters, std::string_view voornaam,
                            std::string_view voorvoegsel, std::string_view achternaam) {
  auto zet = [](ki::Field<std::string>& veld, std::string_view waarde) {
    if (!waarde.empty()) veld = std::string(waarde);
  };
  ki::Contactnaam naam;
  zet(naam.voorletters, voorletters);
  zet(naam.voornaam, voornaam);
  zet(naam.voorvoegselAchternaam, voorvoegsel);
  zet(naam.achternaam, achternaam);
  return naam;
}

// Variant B1: Jan de Vries consents to reuse; a Dutch bezoekadres (BAG id and
// the readable parts) and a postbus as correspondentieadres.
kc::PartijGegevens jan_de_vries() {
  kc::PartijGegevens p;
  p.contactnaam = contactnaam("J", "Jan", "de", "Vries");
  ki::Adres bezoek;
  bezoek.nummeraanduidingId = "0518200000637599";
  bezoek.straatnaam = "Spui";
  bezoek.huisnummer = 70;
  bezoek.postcode = "2511 BT";  // with the space (KI-ADR-001)
  bezoek.stad = "Den Haag";
  bezoek.land = "NL";  // ISO 3166-1 alpha-2, not "003" or "Nederland"
  p.bezoekadres = bezoek;
  ki::Adres post;
  post.adresregel1 = "Postbus 12600";
  post.adresregel2 = "2500 DJ Den Haag";
  post.land = "NL";
  p.correspondentieadres = post;
  p.partijIdentificatoren = {kc::bsn(kNieuweBsn)};  // passes the 11-proef
  p.digitaleAdressen = {
      {ki::SoortDigitaalAdres::telefoonnummer, "0612345678", "Mobiel", true},
      {ki::SoortDigitaalAdres::email, "jan.devries@example.nl", "Privé", true},
  };
  p.voorkeursDigitaalAdres = 0;  // the klant wants to be called
  return p;
}

// Variant B2: Karel van Deurne gives a name and a number for this request only.
kc::AlleenContactgegevens karel_van_deurne() {
  return {contactnaam("K", "Karel", "van", "Deurne"),
          {{ki::SoortDigitaalAdres::telefoonnummer, "0612345678", "", false}}};
}

kc::Klant klant_voor(const Gemeente& g, Variant v) {
  switch (v) {
    case Variant::bekend:
      return kc::KlantBekend{g.anna, {}, {}};
    case Variant::nieuwe_partij:
      return kc::NieuwePartij{jan_de_vries()};
    case Variant::alleen_contactgegevens:
      break;
  }
  return karel_van_deurne();
}

kc::InterneTaakGegevens zaak_aanmaken(const Gemeente& g) {
  kc::InterneTaakGegevens t;
  t.gevraagdeHandeling = "Aanmaken zaak n.a.v. ingediende productaanvraag";
  t.toelichting = "De productaanvraag staat als bijlage bij het klantcontact.";
  t.toegewezenAanActoren = {g.team};
  return t;
}

kc::Zaak de_zaak(Variant v) {
  // In variant B2 the contact data may be used for this request only: it goes
  // with the zaak.
  return {kc::zaak(extern_uuid("open-zaak/zaak")), v == Variant::alleen_contactgegevens};
}

// ---- narrated run ------------------------------------------------------------------

std::string_view label(Variant v) {
  switch (v) {
    case Variant::bekend:
      return "A";
    case Variant::nieuwe_partij:
      return "B1";
    case Variant::alleen_contactgegevens:
      break;
  }
  return "B2";
}

template <class R>
R zeker(R r, std::string_view wat) {
  if (!r.ok()) mislukt(wat, r.antwoord);
  return r;
}

void vertel(Gemeente& g, const Run& run) {
  auto& reg = g.reg;
  const std::string v(label(run.variant));
  switch (run.variant) {
    case Variant::bekend:
      std::cout << "Variant A: de klant is al bekend als partij\n";
      break;
    case Variant::nieuwe_partij:
      std::cout << "Variant B1: de klant is nog niet bekend; gegevens vastgelegd voor hergebruik\n";
      break;
    case Variant::alleen_contactgegevens:
      std::cout << "Variant B2: de klant is niet bekend; gegevens alleen voor deze aanvraag\n";
      break;
  }

  // Stap 1: the employee answers; she is known as an Actor and logged in.
  toon("Stap 1: medewerker neemt de oproep aan; zij is al bekend als actor",
       "GET /actoren/" + tekst(g.medewerker), lees<ki::Actor>(reg, g.medewerker));

  // Stap 2 (F2173): the klantcontact comes first; the employee is linked.
  const auto k = zeker(kc::registreer_klantcontact(reg, gesprek(), g.medewerker), "klantcontact");
  toon("Stap 2.1: klantcontact geregistreerd", "POST /klantcontacten",
       lees<ki::Klantcontact>(reg, k.klantcontact));
  toon("Stap 2.2: medewerker aan het klantcontact gekoppeld", "POST /actorklantcontacten",
       lees<ki::ActorKlantcontact>(reg, k.actorKlantcontact));

  // Stap 3 (F7927): authentication, then the klant is looked up by BSN.
  const std::string_view bsn = run.variant == Variant::bekend          ? kBekendeBsn
                              : run.variant == Variant::nieuwe_partij ? kNieuweBsn
                                                                      : kKarelsBsn;
  const ki::Query zoek{{"partijIdentificator__codeSoortObjectId", "bsn"},
                       {"partijIdentificator__objectId", std::string(bsn)}};
  const std::string zoekvraag = fmt::format(
      "GET /partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId={}",
      bsn);
  kc::Klant klant = klant_voor(g, run.variant);
  if (run.variant == Variant::bekend) {
    const auto gevonden = kc::zoek_partij_op_bsn(reg, bsn);
    if (!gevonden) mislukt("zoek partij", {});
    klant = kc::KlantBekend{*gevonden, {}, {}};
    toon("Stap 3 (variant A): klant geauthenticeerd en als partij gevonden op BSN", zoekvraag,
         reg.list<ki::Partij>(zoek).body);
  } else {
    toon(fmt::format("Stap 3 (variant {}): klant geauthenticeerd, maar niet gevonden op BSN", v),
         zoekvraag, reg.list<ki::Partij>(zoek).body);
  }

  // Stap 4: the betrokkene, per variant, in one all-or-nothing call.
  const auto s4 = zeker(kc::registreer_klant(reg, k.klantcontact, klant), "betrokkene");
  const auto& r = s4.klant;
  if (run.variant == Variant::bekend) {
    toon("Stap 4 (variant A): klant als betrokkene geregistreerd, met de gevonden partij",
         "POST /betrokkenen", lees<ki::Betrokkene>(reg, r.betrokkene));
  } else if (run.variant == Variant::nieuwe_partij) {
    // F7554: the BSN identificator nested in the partij (one atomic POST),
    // the digitale adressen, then the phone number as voorkeur (PATCH).
    toon("Stap 4.1 (variant B1): partij met BSN-identificator geregistreerd; "
         "telefoonnummer als voorkeursadres",
         "POST /partijen, PATCH /partijen/" + tekst(*r.partij), lees<ki::Partij>(reg, *r.partij));
    toon("Stap 4.2 (variant B1): telefoonnummer van de partij geregistreerd",
         "POST /digitaleadressen", lees<ki::DigitaalAdres>(reg, r.digitaleAdressen.at(0)));
    toon("Stap 4.3 (variant B1): e-mailadres van de partij geregistreerd",
         "POST /digitaleadressen", lees<ki::DigitaalAdres>(reg, r.digitaleAdressen.at(1)));
    toon("Stap 4.4 (variant B1): klant als betrokkene geregistreerd, met de nieuwe partij",
         "POST /betrokkenen", lees<ki::Betrokkene>(reg, r.betrokkene));
  } else {
    toon("Stap 4.1 (variant B2): klant als betrokkene geregistreerd, met naam, zonder partij",
         "POST /betrokkenen", lees<ki::Betrokkene>(reg, r.betrokkene));
    toon("Stap 4.2 (variant B2): telefoonnummer van de betrokkene geregistreerd",
         "POST /digitaleadressen", lees<ki::DigitaalAdres>(reg, r.digitaleAdressen.at(0)));
  }

  // Stap 5 (F1975): the product request is stored in the Objecten API; the
  // bijlage points at it (Open Klant takes the codes as free text; these
  // follow its convention).
  const auto b = zeker(kc::registreer_bijlage(reg, k.klantcontact,
                                              kc::productaanvraag(extern_uuid("objecten/" + v))),
                       "bijlage");
  toon("Stap 5: productaanvraag opgeslagen en als bijlage aan het klantcontact gekoppeld",
       "POST /bijlagen", lees<ki::Bijlage>(reg, b.bijlage));

  // Stap 6 (F2120): the zaak is delegated to the team, or not.
  if (run.interne_taak) {
    std::cout << "Variant D: het aanmaken van de zaak wordt aan een team overgedragen\n";
    toon("Stap 6.1 (variant D): team dat de zaak aanmaakt; het is al bekend als actor",
         "GET /actoren/" + tekst(g.team), lees<ki::Actor>(reg, g.team));
    const auto t =
        zeker(kc::registreer_interne_taak(reg, k.klantcontact, zaak_aanmaken(g)), "interne taak");
    toon("Stap 6.2 (variant D): interne taak voor het aanmaken van de zaak geregistreerd",
         "POST /internetaken", lees<ki::InterneTaak>(reg, t.interneTaak));
  } else {
    std::cout << "Variant C: de zaak ontstaat automatisch uit het e-formulier; geen interne taak\n";
  }

  // Stap 7: the zaak (in Open Zaak), linked to the klantcontact.
  if (run.zaak) {
    const auto z = zeker(kc::koppel_zaak(reg, k.klantcontact, de_zaak(run.variant)), "zaak");
    toon("Stap 7: zaak aangemaakt en als onderwerpobject aan het klantcontact gekoppeld",
         "POST /onderwerpobjecten", lees<ki::Onderwerpobject>(reg, z.onderwerpobject));
    if (z.zaakrol)
      toon("Stap 7.1: contactgegevens alleen voor deze zaak, als rol voor de Zaken API",
           "POST /zaken/api/v1/rollen", *z.zaakrol);
  }
}

// All or nothing: a step with an invalid part stores nothing.
void alles_of_niets(Gemeente& g) {
  const std::string voor = g.reg.export_snapshot();
  kc::C9018Invoer in;
  in.medewerker = g.medewerker;
  in.klantcontact = gesprek();
  in.klant = kc::KlantBekend{extern_uuid("geen-partij"), {}, {}};
  in.productaanvraag = kc::productaanvraag(extern_uuid("objecten/fout"));
  const auto r = kc::c9018(g.reg, in);
  std::cout << "Alles of niets: een onbekende partij; de hele stap wordt geweigerd\n"
            << boost::json::serialize(r.antwoord.body) << '\n'
            << "Register ongewijzigd: " << (g.reg.export_snapshot() == voor ? "ja" : "nee")
            << '\n';
}

// ---- JSON run ----------------------------------------------------------------------

boost::json::value als_lijst(const std::vector<boost::json::value>& objecten) {
  boost::json::array a;
  for (const auto& o : objecten) a.push_back(o);
  return a;
}

int json_document(Gemeente& g, const Run& run) {
  auto& reg = g.reg;
  kc::C9018Invoer in;
  in.medewerker = g.medewerker;
  in.klantcontact = gesprek();
  in.klant = klant_voor(g, run.variant);
  in.productaanvraag = kc::productaanvraag(extern_uuid(fmt::format("objecten/{}", label(run.variant))));
  if (run.interne_taak) in.interneTaak = zaak_aanmaken(g);
  if (run.zaak) in.zaak = de_zaak(run.variant);
  const auto r = kc::c9018(reg, in);
  if (!r.ok()) mislukt("C9018", r.antwoord);

  boost::json::object doc;
  doc["klantcontact"] = lees<ki::Klantcontact>(reg, r.klantcontact);
  doc["betrokkene"] = lees<ki::Betrokkene>(reg, r.klant.betrokkene);
  if (r.klant.nieuwePartij) {
    doc["partij"] = lees<ki::Partij>(reg, *r.klant.partij);
    std::vector<boost::json::value> ids;
    for (const auto& u : r.klant.partijIdentificatoren) ids.push_back(lees<ki::PartijIdentificator>(reg, u));
    doc["partijIdentificatoren"] = als_lijst(ids);
  }
  if (!r.klant.digitaleAdressen.empty()) {
    std::vector<boost::json::value> adressen;
    for (const auto& u : r.klant.digitaleAdressen) adressen.push_back(lees<ki::DigitaalAdres>(reg, u));
    doc["digitaleAdressen"] = als_lijst(adressen);
  }
  doc["bijlage"] = lees<ki::Bijlage>(reg, r.bijlage);
  if (r.interneTaak) doc["interneTaak"] = lees<ki::InterneTaak>(reg, *r.interneTaak);
  if (r.onderwerpobject) doc["onderwerpobject"] = lees<ki::Onderwerpobject>(reg, *r.onderwerpobject);
  if (r.zaakrol) doc["zaakrol"] = *r.zaakrol;
  std::vector<boost::json::value> actoren{lees<ki::Actor>(reg, g.medewerker)};
  if (r.interneTaak) actoren.push_back(lees<ki::Actor>(reg, g.team));
  doc["actoren"] = als_lijst(actoren);
  std::cout << boost::json::serialize(doc) << '\n';
  return 0;
}

// ---- command line ------------------------------------------------------------------

constexpr std::string_view kGebruik =
    "usage: c9018_productaanvraag [--variant bekend|nieuwe-partij|alleen-contactgegevens]\n"
    "                             [--interne-taak] [--zaak] [--json]\n"
    "Without options: every variant, each step narrated. --json: one run as one JSON\n"
    "document {klantcontact, betrokkene, partij, partijIdentificatoren, digitaleAdressen,\n"
    "bijlage, interneTaak, onderwerpobject, zaakrol, actoren}; members the run does not\n"
    "create are absent.\n";

int gebruik(std::string_view fout) {
  if (!fout.empty()) std::cerr << "c9018_productaanvraag: " << fout << '\n';
  std::cerr << kGebruik;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<Variant> variant;
  bool interne_taak = false, zaak = false, json = false, opties = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kGebruik;
      return 0;
    } else if (a == "--variant" && i + 1 < argc) {
      const std::string_view w = argv[++i];
      if (w == "bekend")
        variant = Variant::bekend;
      else if (w == "nieuwe-partij")
        variant = Variant::nieuwe_partij;
      else if (w == "alleen-contactgegevens")
        variant = Variant::alleen_contactgegevens;
      else
        return gebruik(fmt::format("unknown variant '{}'", w));
    } else if (a == "--interne-taak") {
      interne_taak = true;
    } else if (a == "--zaak") {
      zaak = true;
    } else if (a == "--json") {
      json = true;
    } else {
      return gebruik(fmt::format("unknown option '{}'", a));
    }
    opties = true;
  }

  Gemeente g;
  if (json) return json_document(g, {variant.value_or(Variant::bekend), interne_taak, zaak});

  std::cout << "C9018 Klant belt KCC om een product aan te vragen\n"
            << "API: " << kApi << '\n';
  std::vector<Run> runs;
  if (!opties) {
    runs = {{Variant::bekend, false, true},
            {Variant::nieuwe_partij, true, false},
            {Variant::alleen_contactgegevens, false, true}};
  } else {
    for (Variant v : {Variant::bekend, Variant::nieuwe_partij, Variant::alleen_contactgegevens})
      if (!variant || *variant == v) runs.push_back({v, interne_taak, zaak});
  }
  for (const auto& run : runs) vertel(g, run);
  if (!opties) alles_of_niets(g);
  return 0;
}
