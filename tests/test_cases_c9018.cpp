// C9018 — Klant belt KCC om een product aan te vragen (spec/cases.md §2):
// every step and variant against the register, every stored object and link,
// and all-or-nothing on invalid input.

#include <doctest/doctest.h>

#include "test_cases_hulp.hpp"

using namespace ki;
using namespace ki::test;
namespace kc = ki::cases;

namespace {

const Uuid kAanvraag = naam_uuid("productaanvraag");
const Uuid kZaak = naam_uuid("zaak-parkeren");

void check_klantcontact(const Omgeving& o, const Uuid& klantcontact,
                        const Uuid& actorklantcontact) {
  const auto k = o.vind<Klantcontact>(klantcontact);
  CHECK(*k.kanaal == "telefoon");
  CHECK(*k.onderwerp == "Productaanvraag");
  CHECK(*k.inhoud == "Klant vraagt telefonisch een parkeervergunning voor bewoners aan.");
  CHECK(*k.taal == "nld");
  CHECK(*k.vertrouwelijk == false);
  CHECK(*k.indicatieContactGelukt == true);
  CHECK(*k.referentienummer == "23009182");
  CHECK(tekst(k.plaatsgevondenOp) == "2023-03-01T10:00:00+01:00");
  // The actor via ActorKlantcontact.
  const auto link = o.vind<ActorKlantcontact>(actorklantcontact);
  CHECK(naar(link.actor) == o.medewerker);
  CHECK(naar(link.klantcontact) == klantcontact);
  REQUIRE(k.hadBetrokkenActoren.has_value());
  REQUIRE(k.hadBetrokkenActoren->size() == 1);
  CHECK(*(*k.hadBetrokkenActoren)[0].uuid == o.medewerker);
}

void check_klant_betrokkene(const Omgeving& o, const Uuid& betrokkene, const Uuid& klantcontact) {
  const auto b = o.vind<Betrokkene>(betrokkene);
  CHECK(naar(b.hadKlantcontact) == klantcontact);
  CHECK(*b.rol == Rol::klant);
  CHECK(*b.initiator == true);
  CHECK(bevat(naar(o.vind<Klantcontact>(klantcontact).hadBetrokkenen), betrokkene));
}

void check_bijlage(const Omgeving& o, const Uuid& bijlage, const Uuid& klantcontact) {
  const auto b = o.vind<Bijlage>(bijlage);
  CHECK(naar(b.wasBijlageVanKlantcontact) == klantcontact);
  REQUIRE(b.bijlageidentificator.has_value());
  CHECK(*b.bijlageidentificator->objectId == json::format_uuid(kAanvraag));
  CHECK(*b.bijlageidentificator->codeObjecttype == "productaanvraag");
  CHECK(*b.bijlageidentificator->codeSoortObjectId == "uuid");
  CHECK(*b.bijlageidentificator->codeRegister == "objecten");
  CHECK(bevat(naar(o.vind<Klantcontact>(klantcontact).omvatteBijlagen), bijlage));
}

void check_interne_taak(const Omgeving& o, const Uuid& taak, const Uuid& klantcontact) {
  const auto t = o.vind<InterneTaak>(taak);
  CHECK(*t.status == Status::te_verwerken);
  CHECK(t.afgehandeldOp.is_null());
  CHECK(tekst(t.toegewezenOp) == kNu);
  CHECK(*t.gevraagdeHandeling == "Aanmaken zaak n.a.v. ingediende productaanvraag");
  CHECK(naar(t.aanleidinggevendKlantcontact) == klantcontact);
  CHECK(naar(t.toegewezenAanActoren) == std::vector<Uuid>{o.team});
  CHECK(bevat(naar(o.vind<Klantcontact>(klantcontact).leiddeTotInterneTaken), taak));
}

void check_zaak(const Omgeving& o, const Uuid& onderwerpobject, const Uuid& klantcontact) {
  const auto z = o.vind<Onderwerpobject>(onderwerpobject);
  CHECK(naar(z.klantcontact) == klantcontact);
  CHECK(z.wasKlantcontact.is_null());
  REQUIRE(z.onderwerpobjectidentificator.has_value());
  const auto& id = *z.onderwerpobjectidentificator;
  CHECK(*id.objectId == json::format_uuid(kZaak));
  CHECK(*id.codeObjecttype == "zaak");
  CHECK(*id.codeSoortObjectId == "uuid");
  CHECK(*id.codeRegister == "open-zaak");
  CHECK(bevat(naar(o.vind<Klantcontact>(klantcontact).gingOverOnderwerpobjecten), onderwerpobject));
}

kc::InterneTaakGegevens zaak_aanmaken(const Omgeving& o) {
  kc::InterneTaakGegevens t;
  t.gevraagdeHandeling = "Aanmaken zaak n.a.v. ingediende productaanvraag";
  t.toelichting = "De productaanvraag staat als bijlage bij het klantcontact.";
  t.toegewezenAanActoren = {o.team};
  return t;
}

kc::C9018Invoer invoer(const Omgeving& o, kc::Klant klant) {
  kc::C9018Invoer in;
  in.medewerker = o.medewerker;
  in.klantcontact = productaanvraag_gesprek();
  in.klant = std::move(klant);
  in.productaanvraag = kc::productaanvraag(kAanvraag);
  return in;
}

}  // namespace

TEST_CASE("C9018 variant A, step by step: klantcontact, partij found, betrokkene, bijlage, "
          "interne taak, zaak") {
  Omgeving o;

  // Stap 2: the klantcontact and the employee.
  const auto k = kc::registreer_klantcontact(o.reg, productaanvraag_gesprek(), o.medewerker);
  REQUIRE_MESSAGE(k.ok(), boost::json::serialize(k.antwoord.body));
  CHECK(k.antwoord.status == HttpStatus::created);
  check_klantcontact(o, k.klantcontact, k.actorKlantcontact);

  // Stap 3: the klant is found by BSN and by contact data; unknown ones are not.
  CHECK(kc::zoek_partij_op_bsn(o.reg, kBekendeBsn) == o.partij);
  CHECK(kc::zoek_partij_op_digitaal_adres(o.reg, "anna.jansen@example.nl") == o.partij);
  CHECK_FALSE(kc::zoek_partij_op_bsn(o.reg, "999990019").has_value());
  CHECK_FALSE(kc::zoek_partij_op_digitaal_adres(o.reg, "onbekend@example.nl").has_value());

  // Stap 4, variant A: the betrokkene only links klantcontact and partij.
  const auto partij = *kc::zoek_partij_op_bsn(o.reg, kBekendeBsn);
  const std::size_t adressen_voor = o.reg.count<DigitaalAdres>();
  const auto klant = kc::registreer_klant(o.reg, k.klantcontact, kc::KlantBekend{partij, {}, {}});
  REQUIRE(klant.ok());
  CHECK(klant.klant.partij == partij);
  CHECK_FALSE(klant.klant.nieuwePartij);
  CHECK(klant.klant.digitaleAdressen.empty());
  check_klant_betrokkene(o, klant.klant.betrokkene, k.klantcontact);
  const auto b = o.vind<Betrokkene>(klant.klant.betrokkene);
  CHECK(naar(b.wasPartij) == o.partij);
  CHECK(b.volledigeNaam.value_or("") == "");  // no name of its own
  CHECK(naar(b.digitaleAdressen).empty());
  CHECK(o.reg.count<DigitaalAdres>() == adressen_voor);
  CHECK(o.reg.count<Partij>() == 1);

  // Stap 5: the product request as bijlage.
  const auto bijlage = kc::registreer_bijlage(o.reg, k.klantcontact, kc::productaanvraag(kAanvraag));
  REQUIRE(bijlage.ok());
  check_bijlage(o, bijlage.bijlage, k.klantcontact);

  // Stap 5 (variant D): the interne taak for the team.
  const auto taak = kc::registreer_interne_taak(o.reg, k.klantcontact, zaak_aanmaken(o));
  REQUIRE(taak.ok());
  check_interne_taak(o, taak.interneTaak, k.klantcontact);

  // Stap 6: the zaak as onderwerpobject; the partij's data is not the
  // betrokkene's own, so there is no rol fragment.
  const auto z = kc::koppel_zaak(o.reg, k.klantcontact, {kc::zaak(kZaak), true});
  REQUIRE(z.ok());
  check_zaak(o, z.onderwerpobject, k.klantcontact);
  CHECK_FALSE(z.zaakrol.has_value());
}

TEST_CASE("C9018 variant B1 in one call: new partij with addresses, identificator and voorkeur") {
  Omgeving o;
  auto in = invoer(o, kc::NieuwePartij{jan_de_vries()});
  in.interneTaak = zaak_aanmaken(o);
  const auto r = kc::c9018(o.reg, in);
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  CHECK(r.antwoord.status == HttpStatus::created);

  check_klantcontact(o, r.klantcontact, r.actorKlantcontact);
  check_klant_betrokkene(o, r.klant.betrokkene, r.klantcontact);
  check_bijlage(o, r.bijlage, r.klantcontact);
  REQUIRE(r.interneTaak.has_value());
  check_interne_taak(o, *r.interneTaak, r.klantcontact);
  CHECK_FALSE(r.onderwerpobject.has_value());

  REQUIRE(r.klant.partij.has_value());
  CHECK(r.klant.nieuwePartij);
  const auto p = o.vind<Partij>(*r.klant.partij);
  CHECK(*p.soortPartij == SoortPartij::persoon);
  CHECK(*p.indicatieActief == true);
  CHECK(*p.indicatieGeheimhouding == false);
  CHECK(*p.voorkeurstaal == "nld");
  CHECK(*p.bezoekadres->nummeraanduidingId == "0518200000637599");
  CHECK(*p.bezoekadres->postcode == "2511 BT");
  CHECK(*p.bezoekadres->land == "NL");
  CHECK(*p.correspondentieadres->adresregel1 == "Postbus 12600");
  const auto& persoon = std::get<Persoon>(*p.partijIdentificatie);
  CHECK(*persoon.volledigeNaam == "Jan de Vries");
  CHECK(naar(o.vind<Betrokkene>(r.klant.betrokkene).wasPartij) == *r.klant.partij);

  // The identificator, nested in the same call.
  REQUIRE(r.klant.partijIdentificatoren.size() == 1);
  const auto pi = o.vind<PartijIdentificator>(r.klant.partijIdentificatoren[0]);
  CHECK(naar(pi.identificeerdePartij) == *r.klant.partij);
  CHECK(*pi.partijIdentificator->codeRegister == CodeRegister::brp);
  CHECK(*pi.partijIdentificator->codeObjecttype == CodeObjecttype::natuurlijk_persoon);
  CHECK(*pi.partijIdentificator->codeSoortObjectId == CodeSoortObjectId::bsn);
  CHECK(*pi.partijIdentificator->objectId == "999990019");
  CHECK(kc::zoek_partij_op_bsn(o.reg, "999990019") == *r.klant.partij);

  // Its digitale adressen and the voorkeur.
  REQUIRE(r.klant.digitaleAdressen.size() == 2);
  const auto tel = o.vind<DigitaalAdres>(r.klant.digitaleAdressen[0]);
  const auto mail = o.vind<DigitaalAdres>(r.klant.digitaleAdressen[1]);
  CHECK(*tel.soortDigitaalAdres == SoortDigitaalAdres::telefoonnummer);
  CHECK(*tel.adres == "0612345678");
  CHECK(*mail.soortDigitaalAdres == SoortDigitaalAdres::email);
  CHECK(*mail.adres == "jan.devries@example.nl");
  for (const auto& a : {tel, mail}) {
    CHECK(naar(a.verstrektDoorPartij) == *r.klant.partij);
    CHECK(a.verstrektDoorBetrokkene.is_null());
    CHECK(*a.isStandaardAdres == true);
  }
  CHECK(naar(p.voorkeursDigitaalAdres) == *tel.uuid);
  CHECK(naar(p.digitaleAdressen) == r.klant.digitaleAdressen);
  CHECK(kc::zoek_partij_op_digitaal_adres(o.reg, "jan.devries@example.nl") == *r.klant.partij);
}

TEST_CASE("C9018 variant B2 with the zaak: contact data on the betrokkene, handed to the zaak") {
  Omgeving o;
  const std::size_t partijen_voor = o.reg.count<Partij>();
  auto in = invoer(o, kc::AlleenContactgegevens{naam("K", "Karel", "van", "Deurne"),
                                                {telefoon("0612345678"),
                                                 email("karel@example.nl")}});
  in.zaak = kc::Zaak{kc::zaak(kZaak), true};
  const auto r = kc::c9018(o.reg, in);
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));

  check_klantcontact(o, r.klantcontact, r.actorKlantcontact);
  check_klant_betrokkene(o, r.klant.betrokkene, r.klantcontact);
  check_bijlage(o, r.bijlage, r.klantcontact);
  CHECK_FALSE(r.interneTaak.has_value());
  REQUIRE(r.onderwerpobject.has_value());
  check_zaak(o, *r.onderwerpobject, r.klantcontact);

  CHECK_FALSE(r.klant.partij.has_value());
  CHECK(o.reg.count<Partij>() == partijen_voor);
  const auto b = o.vind<Betrokkene>(r.klant.betrokkene);
  CHECK(b.wasPartij.is_null());
  CHECK(*b.contactnaam->voornaam == "Karel");
  CHECK(*b.contactnaam->voorvoegselAchternaam == "van");
  CHECK(*b.contactnaam->achternaam == "Deurne");
  CHECK(*b.volledigeNaam == "Karel van Deurne");
  REQUIRE(r.klant.digitaleAdressen.size() == 2);
  CHECK(naar(b.digitaleAdressen) == r.klant.digitaleAdressen);
  for (const auto& u : r.klant.digitaleAdressen) {
    const auto a = o.vind<DigitaalAdres>(u);
    CHECK(naar(a.verstrektDoorBetrokkene) == r.klant.betrokkene);
    CHECK(a.verstrektDoorPartij.is_null());
  }

  // The contact data for this zaak only, as a ZGW rol fragment.
  REQUIRE(r.zaakrol.has_value());
  CHECK(boost::json::value(*r.zaakrol) == boost::json::parse(R"({"contactpersoonRol":
        {"emailadres": "karel@example.nl", "telefoonnummer": "0612345678",
         "naam": "Karel van Deurne"}})"));
  CHECK(kc::zaakrol_contactpersoon(o.reg, r.klantcontact) == r.zaakrol);
}

TEST_CASE("C9018 variant A with deviating contact data for this contact") {
  Omgeving o;
  auto in = invoer(o, kc::KlantBekend{o.partij, naam("", "Carl", "", ""), {telefoon("0611111111")}});
  in.zaak = kc::Zaak{kc::zaak(kZaak), true};
  const auto r = kc::c9018(o.reg, in);
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  const auto b = o.vind<Betrokkene>(r.klant.betrokkene);
  CHECK(naar(b.wasPartij) == o.partij);
  CHECK(*b.contactnaam->voornaam == "Carl");
  REQUIRE(r.klant.digitaleAdressen.size() == 1);
  CHECK(naar(o.vind<DigitaalAdres>(r.klant.digitaleAdressen[0]).verstrektDoorBetrokkene) ==
        r.klant.betrokkene);
  REQUIRE(r.zaakrol.has_value());
  CHECK(boost::json::value(*r.zaakrol) == boost::json::parse(
            R"({"contactpersoonRol": {"telefoonnummer": "0611111111", "naam": "Carl"}})"));
}

TEST_CASE("C9018: an invalid part stores nothing and is named by its part") {
  Omgeving o;
  const std::string voor = o.reg.export_snapshot();

  SUBCASE("an unknown partij in variant A") {
    const auto r = kc::c9018(o.reg, invoer(o, kc::KlantBekend{naam_uuid("bestaat-niet"), {}, {}}));
    check_fout_document(r.antwoord);
    CHECK(namen(r.antwoord) == std::vector<std::string>{"betrokkene.wasPartij.uuid"});
    CHECK(r.antwoord.invalid_params()[0].reason == "Partij object bestaat niet.");
    CHECK(r.klantcontact == Uuid{});
    CHECK(r.klant.betrokkene == Uuid{});
  }
  SUBCASE("the step alone: an unknown partij") {
    const auto k = kc::registreer_klantcontact(o.reg, productaanvraag_gesprek(), o.medewerker);
    REQUIRE(k.ok());
    const std::string na_klantcontact = o.reg.export_snapshot();
    const auto r = kc::registreer_klant(o.reg, k.klantcontact,
                                        kc::KlantBekend{naam_uuid("bestaat-niet"), {}, {}});
    CHECK(namen(r.antwoord) == std::vector<std::string>{"betrokkene.wasPartij.uuid"});
    CHECK(o.reg.export_snapshot() == na_klantcontact);
    // Undo the klantcontact so the snapshot check below holds.
    CHECK(o.reg.remove<Klantcontact>(k.klantcontact).ok());
  }
  SUBCASE("every invalid part is reported, with its part's name") {
    auto in = invoer(o, kc::NieuwePartij{jan_de_vries()});
    in.klantcontact.onderwerp = "";
    in.klantcontact.taal = "Nederlands";
    std::get<kc::NieuwePartij>(in.klant).partij.digitaleAdressen[0].adres = "06-12345678";
    in.productaanvraag.objectId = std::string(201, 'x');
    in.interneTaak = zaak_aanmaken(o);
    in.interneTaak->toegewezenAanActoren = {naam_uuid("geen-actor")};
    in.zaak = kc::Zaak{kc::zaak(kZaak), false};
    in.zaak->zaak.codeRegister = std::string(201, 'r');
    const auto r = kc::c9018(o.reg, in);
    check_fout_document(r.antwoord);
    const auto n = namen(r.antwoord);
    CHECK(n == std::vector<std::string>{"klantcontact.onderwerp", "klantcontact.taal",
                                        "partij.digitaleAdressen.0.adres",
                                        "bijlage.bijlageidentificator.objectId",
                                        "interneTaak.toegewezenAanActoren.0.uuid",
                                        "onderwerpobject.onderwerpobjectidentificator.codeRegister"});
  }
  SUBCASE("a voorkeursDigitaalAdres that is none of the partij's addresses") {
    auto p = jan_de_vries();
    p.voorkeursDigitaalAdres = 5;
    const auto r = kc::registreer_partij(o.reg, p);
    CHECK(namen(r.antwoord) == std::vector<std::string>{"partij.voorkeursDigitaalAdres"});
    CHECK(r.partij == Uuid{});
  }
  SUBCASE("isStandaardAdres on an address of a betrokkene (KI-DA-004)") {
    auto in = invoer(o, kc::AlleenContactgegevens{naam("K", "Karel", "van", "Deurne"),
                                                  {telefoon("0612345678", true)}});
    const auto r = kc::c9018(o.reg, in);
    CHECK(namen(r.antwoord) ==
          std::vector<std::string>{"betrokkene.digitaleAdressen.0.isStandaardAdres"});
  }
  SUBCASE("a write that fails late (BSN already registered): the earlier writes are undone") {
    auto in = invoer(o, kc::NieuwePartij{jan_de_vries()});
    std::get<kc::NieuwePartij>(in.klant).partij.partijIdentificatoren = {kc::bsn(kBekendeBsn)};
    const auto r = kc::c9018(o.reg, in);
    check_fout_document(r.antwoord);
    REQUIRE_FALSE(r.antwoord.invalid_params().empty());
    CHECK(r.antwoord.invalid_params()[0].name.rfind("partij.", 0) == 0);
    CHECK(r.klant.partij == std::nullopt);
  }
  SUBCASE("a late write fails (referentienummer of the task taken): everything is undone") {
    auto bestaand = kc::registreer_klantcontact(o.reg, productaanvraag_gesprek(), o.medewerker);
    REQUIRE(bestaand.ok());
    auto t = zaak_aanmaken(o);
    t.referentienummer = "645536673";
    REQUIRE(kc::registreer_interne_taak(o.reg, bestaand.klantcontact, t).ok());
    const std::string met_taak = o.reg.export_snapshot();

    auto in = invoer(o, kc::NieuwePartij{jan_de_vries()});
    in.klantcontact.referentienummer = "23009183";
    in.interneTaak = t;
    in.zaak = kc::Zaak{kc::zaak(kZaak), false};
    const auto r = kc::c9018(o.reg, in);
    check_fout_document(r.antwoord);
    CHECK(namen(r.antwoord) == std::vector<std::string>{"interneTaak.referentienummer"});
    CHECK(o.reg.export_snapshot() == met_taak);
    CHECK_FALSE(kc::zoek_partij_op_bsn(o.reg, "999990019").has_value());
    CHECK(o.reg.remove<Klantcontact>(bestaand.klantcontact).ok());
  }
  CHECK(o.reg.export_snapshot() == voor);
}

TEST_CASE("C9018: identificator codes from the reference lists, when asked for") {
  Omgeving o;
  const std::string voor = o.reg.export_snapshot();
  kc::Opties strikt;
  strikt.codes_uit_referentielijsten = true;
  auto in = invoer(o, kc::KlantBekend{o.partij, {}, {}});
  in.zaak = kc::Zaak{kc::zaak(kZaak), false};

  const auto fout = kc::c9018(o.reg, in, strikt);
  CHECK(namen(fout.antwoord) ==
        std::vector<std::string>{"bijlage.bijlageidentificator.codeObjecttype",
                                 "bijlage.bijlageidentificator.codeRegister",
                                 "bijlage.bijlageidentificator.codeSoortObjectId",
                                 "onderwerpobject.onderwerpobjectidentificator.codeObjecttype",
                                 "onderwerpobject.onderwerpobjectidentificator.codeRegister",
                                 "onderwerpobject.onderwerpobjectidentificator.codeSoortObjectId"});
  CHECK(o.reg.export_snapshot() == voor);

  // Codes of the voorbeeldvulling: Informatieobject (3) / Identificatie (4) /
  // Documentenregister (7), Zaak (12) / Zaakidentificatie (12) / Zakenregister (6).
  in.productaanvraag = {json::format_uuid(kAanvraag), "3", "4", "7"};
  in.zaak->zaak = {json::format_uuid(kZaak), "12", "12", "6"};
  const auto goed = kc::c9018(o.reg, in, strikt);
  CHECK_MESSAGE(goed.ok(), boost::json::serialize(goed.antwoord.body));
}

TEST_CASE("F7554 and F2599 alone: registreer_partij, registreer_betrokkene (a vertegenwoordiger)") {
  Omgeving o;
  const auto p = kc::registreer_partij(o.reg, jan_de_vries());
  REQUIRE_MESSAGE(p.ok(), boost::json::serialize(p.antwoord.body));
  CHECK(p.partijIdentificatoren.size() == 1);
  CHECK(p.digitaleAdressen.size() == 2);
  CHECK(naar(o.vind<Partij>(p.partij).voorkeursDigitaalAdres) == p.digitaleAdressen[0]);

  const auto k = kc::registreer_klantcontact(o.reg, productaanvraag_gesprek(), o.medewerker);
  REQUIRE(k.ok());
  kc::BetrokkeneGegevens g;
  g.partij = p.partij;
  g.rol = Rol::vertegenwoordiger;
  g.organisatienaam = "Wereldwinkel 't kikkertje";
  g.initiator = false;
  g.digitaleAdressen = {email("info@kikkertje.example.nl")};
  const auto b = kc::registreer_betrokkene(o.reg, k.klantcontact, g);
  REQUIRE_MESSAGE(b.ok(), boost::json::serialize(b.antwoord.body));
  const auto stored = o.vind<Betrokkene>(b.betrokkene);
  CHECK(*stored.rol == Rol::vertegenwoordiger);
  CHECK(*stored.organisatienaam == "Wereldwinkel 't kikkertje");
  CHECK(*stored.initiator == false);
  CHECK(naar(stored.wasPartij) == p.partij);
  CHECK(naar(stored.hadKlantcontact) == k.klantcontact);
  REQUIRE(b.digitaleAdressen.size() == 1);
  CHECK(naar(o.vind<DigitaalAdres>(b.digitaleAdressen[0]).verstrektDoorBetrokkene) == b.betrokkene);
  CHECK(bevat(naar(o.vind<Partij>(p.partij).betrokkenen), b.betrokkene));

  // A betrokkene of a klantcontact that does not exist: nothing stored.
  const std::string voor = o.reg.export_snapshot();
  const auto fout = kc::registreer_betrokkene(o.reg, naam_uuid("geen-klantcontact"), g);
  CHECK(namen(fout.antwoord) == std::vector<std::string>{"betrokkene.hadKlantcontact.uuid"});
  CHECK(fout.digitaleAdressen.empty());
  CHECK(o.reg.export_snapshot() == voor);
}
