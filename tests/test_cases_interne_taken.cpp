// C9708 (spec/cases.md §3.13) and C2716 (§3.12): an employee handles an
// interne taak from C9018 / C9167, from te_verwerken to verwerkt.

#include <doctest/doctest.h>

#include "test_cases_hulp.hpp"

using namespace ki;
using namespace ki::test;
namespace kc = ki::cases;

namespace {

const Uuid kZaak = naam_uuid("zaak-parkeren");

// C9018 variant B2 + D: the task the colleague handles.
kc::C9018Uitkomst productaanvraag_met_taak(Omgeving& o) {
  kc::C9018Invoer in;
  in.medewerker = o.medewerker;
  in.klantcontact = productaanvraag_gesprek();
  in.klant = kc::AlleenContactgegevens{naam("K", "Karel", "van", "Deurne"),
                                       {telefoon("0612345678"), email("karel@example.nl")}};
  in.productaanvraag = kc::productaanvraag(naam_uuid("productaanvraag"));
  kc::InterneTaakGegevens t;
  t.gevraagdeHandeling = "Aanmaken zaak n.a.v. ingediende productaanvraag";
  t.toegewezenAanActoren = {o.collega};
  in.interneTaak = t;
  auto r = kc::c9018(o.reg, in);
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  return r;
}

kc::KlantcontactGegevens antwoord_per_email() {
  kc::KlantcontactGegevens g;
  g.kanaal = "e-mail";
  g.onderwerp = "Ophaalschema vuilnis";
  g.inhoud = "Geachte, U kunt het huisvuil zaterdag 22 december aanbieden.";
  g.indicatieContactGelukt = std::nullopt;  // onbekend
  return g;
}

void check_verwerkt(const Omgeving& o, const Uuid& taak) {
  const auto t = o.vind<InterneTaak>(taak);
  CHECK(*t.status == Status::verwerkt);
  CHECK(tekst(t.afgehandeldOp) == kNu);
}

}  // namespace

TEST_CASE("C9708: the answer as a new klantcontact, betrokkene copied, task verwerkt") {
  Omgeving o;
  const auto vraag = productaanvraag_met_taak(o);
  const Uuid taak = *vraag.interneTaak;
  CHECK(*o.vind<InterneTaak>(taak).status == Status::te_verwerken);
  REQUIRE(kc::open_interne_taken(o.reg, o.collega).size() == 1);

  kc::Taakafhandeling in;
  in.interneTaak = taak;
  in.medewerker = o.collega;
  in.antwoord = antwoord_per_email();
  in.toelichting = "Klant per e-mail geantwoord.";
  const auto r = kc::c9708(o.reg, in);
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  CHECK(r.interneTaak == taak);

  // The new klantcontact, by the colleague.
  REQUIRE(r.klantcontact.has_value());
  const auto k = o.vind<Klantcontact>(*r.klantcontact);
  CHECK(*k.kanaal == "e-mail");
  CHECK(*k.inhoud == "Geachte, U kunt het huisvuil zaterdag 22 december aanbieden.");
  CHECK(k.indicatieContactGelukt.is_null());
  const auto link = o.vind<ActorKlantcontact>(*r.actorKlantcontact);
  CHECK(naar(link.actor) == o.collega);
  CHECK(naar(link.klantcontact) == *r.klantcontact);

  // The betrokkene copied, initiator false, with its own address copied.
  REQUIRE(r.betrokkenen.size() == 1);
  const auto kopie = o.vind<Betrokkene>(r.betrokkenen[0]);
  const auto origineel = o.vind<Betrokkene>(vraag.klant.betrokkene);
  CHECK(naar(kopie.hadKlantcontact) == *r.klantcontact);
  CHECK(*kopie.initiator == false);
  CHECK(*kopie.rol == Rol::klant);
  CHECK(kopie.wasPartij.is_null());
  CHECK(kopie.contactnaam == origineel.contactnaam);
  REQUIRE(r.digitaleAdressen.size() == 2);
  CHECK(naar(kopie.digitaleAdressen) == r.digitaleAdressen);
  for (const auto& u : r.digitaleAdressen)
    CHECK(naar(o.vind<DigitaalAdres>(u).verstrektDoorBetrokkene) == r.betrokkenen[0]);
  CHECK(naar(o.vind<DigitaalAdres>(r.digitaleAdressen[0]).verstrektDoorBetrokkene) !=
        vraag.klant.betrokkene);

  // Question -> answer.
  REQUIRE(r.onderwerpobject.has_value());
  const auto oo = o.vind<Onderwerpobject>(*r.onderwerpobject);
  CHECK(naar(oo.klantcontact) == *r.klantcontact);
  CHECK(naar(oo.wasKlantcontact) == vraag.klantcontact);
  CHECK(oo.onderwerpobjectidentificator->objectId.value_or("") == "");

  // The task, verwerkt.
  check_verwerkt(o, taak);
  CHECK(*o.vind<InterneTaak>(taak).toelichting == "Klant per e-mail geantwoord.");
  CHECK(kc::open_interne_taken(o.reg, o.collega).empty());
  CHECK_FALSE(r.zaakOnderwerpobject.has_value());
  CHECK_FALSE(r.vervolgtaak.has_value());
}

TEST_CASE("C9708 variant B: a follow-up task on the answer's klantcontact") {
  Omgeving o;
  const auto vraag = productaanvraag_met_taak(o);
  kc::Taakafhandeling in;
  in.interneTaak = *vraag.interneTaak;
  in.medewerker = o.collega;
  in.antwoord = antwoord_per_email();
  in.vervolgtaak = kc::InterneTaakGegevens{"Opvolgen klantcontact", "", {o.team}, ""};
  const auto r = kc::c9708(o.reg, in);
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  REQUIRE(r.vervolgtaak.has_value());
  const auto v = o.vind<InterneTaak>(*r.vervolgtaak);
  CHECK(*v.status == Status::te_verwerken);
  CHECK(v.afgehandeldOp.is_null());
  CHECK(naar(v.aanleidinggevendKlantcontact) == *r.klantcontact);
  CHECK(naar(v.toegewezenAanActoren) == std::vector<Uuid>{o.team});
  check_verwerkt(o, *vraag.interneTaak);
  CHECK(kc::open_interne_taken(o.reg, o.team).size() == 1);
}

TEST_CASE("C2716: the zaak linked to the task's klantcontact, task verwerkt") {
  Omgeving o;
  const auto vraag = productaanvraag_met_taak(o);
  kc::Taakafhandeling in;
  in.interneTaak = *vraag.interneTaak;
  in.medewerker = o.collega;
  in.zaak = kc::zaak(kZaak);
  const auto r = kc::c2716(o.reg, in);
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  REQUIRE(r.zaakOnderwerpobject.has_value());
  const auto z = o.vind<Onderwerpobject>(*r.zaakOnderwerpobject);
  CHECK(naar(z.klantcontact) == vraag.klantcontact);
  CHECK(*z.onderwerpobjectidentificator->objectId == json::format_uuid(kZaak));
  CHECK(*z.onderwerpobjectidentificator->codeObjecttype == "zaak");
  CHECK_FALSE(r.klantcontact.has_value());
  CHECK(r.betrokkenen.empty());
  check_verwerkt(o, *vraag.interneTaak);

  // The klant's contact data for this zaak only, for the Zaken API.
  const auto rol = kc::zaakrol_contactpersoon(o.reg, vraag.klantcontact);
  REQUIRE(rol.has_value());
  CHECK(rol->at("contactpersoonRol").at("naam").as_string() == "Karel van Deurne");
}

TEST_CASE("C2716 / C9708: invalid input leaves the register and the task unchanged") {
  Omgeving o;
  const auto vraag = productaanvraag_met_taak(o);
  const Uuid taak = *vraag.interneTaak;
  const std::string voor = o.reg.export_snapshot();
  kc::Taakafhandeling in;
  in.interneTaak = taak;
  in.medewerker = o.collega;

  SUBCASE("C2716 without a zaak, C9708 without an answer") {
    CHECK(namen(kc::c2716(o.reg, in).antwoord) == std::vector<std::string>{"zaak"});
    CHECK(namen(kc::c9708(o.reg, in).antwoord) == std::vector<std::string>{"antwoord"});
  }
  SUBCASE("an unknown colleague for the follow-up task") {
    in.antwoord = antwoord_per_email();
    in.vervolgtaak = kc::InterneTaakGegevens{"Opvolgen klantcontact", "", {naam_uuid("x")}, ""};
    const auto r = kc::c9708(o.reg, in);
    check_fout_document(r.antwoord);
    CHECK(namen(r.antwoord) ==
          std::vector<std::string>{"vervolgtaak.toegewezenAanActoren.0.uuid"});
    CHECK_FALSE(r.klantcontact.has_value());
  }
  SUBCASE("an invalid answer and zaak together") {
    in.antwoord = antwoord_per_email();
    in.antwoord->taal = "";
    in.zaak = kc::zaak(kZaak);
    in.zaak->objectId = std::string(201, '1');
    CHECK(namen(kc::c2716(o.reg, in).antwoord) ==
          std::vector<std::string>{"zaakOnderwerpobject.onderwerpobjectidentificator.objectId",
                                   "klantcontact.taal"});
  }
  SUBCASE("a write that fails after the answer was stored: all undone, task still open") {
    auto bezet = kc::registreer_interne_taak(
        o.reg, vraag.klantcontact, {"Iets anders", "", {o.team}, "19982201"});
    REQUIRE(bezet.ok());
    const std::string met_bezet = o.reg.export_snapshot();
    in.antwoord = antwoord_per_email();
    in.zaak = kc::zaak(kZaak);
    in.vervolgtaak = kc::InterneTaakGegevens{"Opvolgen klantcontact", "", {o.team}, "19982201"};
    const auto r = kc::c2716(o.reg, in);
    CHECK(namen(r.antwoord) == std::vector<std::string>{"vervolgtaak.referentienummer"});
    CHECK(o.reg.export_snapshot() == met_bezet);
    CHECK(*o.vind<InterneTaak>(taak).status == Status::te_verwerken);
    CHECK(o.reg.remove<InterneTaak>(bezet.interneTaak).ok());
  }
  SUBCASE("a task that is already verwerkt") {
    REQUIRE(kc::rond_taak_af(o.reg, taak).ok());
    check_verwerkt(o, taak);
    const std::string verwerkt = o.reg.export_snapshot();
    in.antwoord = antwoord_per_email();
    CHECK(namen(kc::c9708(o.reg, in).antwoord) == std::vector<std::string>{"interneTaak.status"});
    CHECK(o.reg.export_snapshot() == verwerkt);
    return;  // the register changed on purpose
  }
  SUBCASE("an unknown task: 404") {
    in.interneTaak = naam_uuid("geen-taak");
    in.antwoord = antwoord_per_email();
    CHECK(kc::c9708(o.reg, in).antwoord.status == HttpStatus::not_found);
  }
  CHECK(o.reg.export_snapshot() == voor);
  CHECK(*o.vind<InterneTaak>(taak).status == Status::te_verwerken);
}
