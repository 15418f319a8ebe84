// C0992 (spec/cases.md §3.1), C9167 (§3.3) and the call-back C2984 (§3.4):
// the KCC's phone cases against the register.

#include <doctest/doctest.h>

#include "test_cases_hulp.hpp"

using namespace ki;
using namespace ki::test;
namespace kc = ki::cases;

namespace {

kc::KlantcontactGegevens vraag_en_antwoord() {
  kc::KlantcontactGegevens g;
  g.onderwerp = "Openingstijden milieustraat";
  g.inhoud = "Vraag: wanneer is de milieustraat open? Antwoord: di t/m za 8:30-16:00.";
  g.plaatsgevondenOp = json::parse_date_time("2023-03-01T10:00:00+01:00");
  return g;
}

kc::C9167Invoer terugbelverzoek(const Omgeving& o, kc::Klant klant) {
  kc::C9167Invoer in;
  in.medewerker = o.medewerker;
  in.klantcontact.onderwerp = "Vraag over de vergunning voor een overkapping";
  in.klantcontact.inhoud = "Klant wil weten of voor een overkapping een vergunning nodig is.";
  in.terugbelverzoek.gevraagdeHandeling = "Terugbellen";
  in.terugbelverzoek.toegewezenAanActoren = {o.team};
  in.klant = std::move(klant);
  return in;
}

void check_basis(const Omgeving& o, const Uuid& klantcontact, const Uuid& actorklantcontact,
                 const Uuid& betrokkene) {
  const auto link = o.vind<ActorKlantcontact>(actorklantcontact);
  CHECK(naar(link.actor) == o.medewerker);
  CHECK(naar(link.klantcontact) == klantcontact);
  const auto b = o.vind<Betrokkene>(betrokkene);
  CHECK(naar(b.hadKlantcontact) == klantcontact);
  CHECK(*b.rol == Rol::klant);
  CHECK(*b.initiator == true);
}

}  // namespace

TEST_CASE("C0992: an anonymous call is not registered") {
  Omgeving o;
  const std::string voor = o.reg.export_snapshot();
  kc::C0992Invoer in{o.medewerker, vraag_en_antwoord(), std::nullopt};
  const auto r = kc::c0992(o.reg, in);
  CHECK(r.ok());
  CHECK(r.antwoord.status == HttpStatus::ok);
  CHECK_FALSE(r.geregistreerd);
  CHECK(o.reg.export_snapshot() == voor);
}

TEST_CASE("C0992: a known klant's question and answer are registered") {
  Omgeving o;
  auto g = vraag_en_antwoord();
  g.reactie = "Di t/m za 8:30-16:00.";
  const auto r = kc::c0992(o.reg, {o.medewerker, g, kc::Klant{kc::KlantBekend{o.partij, {}, {}}}});
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  CHECK(r.geregistreerd);
  const auto k = o.vind<Klantcontact>(r.klantcontact);
  CHECK(*k.inhoud == g.inhoud);
  CHECK(*k.reactie == "Di t/m za 8:30-16:00.");
  CHECK(*k.onderwerp == "Openingstijden milieustraat");
  check_basis(o, r.klantcontact, r.actorKlantcontact, r.klant.betrokkene);
  CHECK(naar(o.vind<Betrokkene>(r.klant.betrokkene).wasPartij) == o.partij);
  CHECK(o.reg.count<InterneTaak>() == 0);
}

TEST_CASE("C0992: invalid input stores nothing") {
  Omgeving o;
  const std::string voor = o.reg.export_snapshot();
  auto g = vraag_en_antwoord();
  g.kanaal = std::string(51, 'k');
  const auto r = kc::c0992(o.reg, {naam_uuid("geen-medewerker"), g,
                                   kc::Klant{kc::KlantBekend{o.partij, {}, {}}}});
  CHECK_FALSE(r.geregistreerd);
  check_fout_document(r.antwoord);
  CHECK(namen(r.antwoord) ==
        std::vector<std::string>{"klantcontact.kanaal", "actorKlantcontact.actor.uuid"});
  CHECK(o.reg.export_snapshot() == voor);
}

TEST_CASE("C9167 variant A and C2984: an unknown person is called back on its own number") {
  Omgeving o;
  const auto r = kc::c9167(o.reg, terugbelverzoek(o, kc::AlleenContactgegevens{
                                                         naam("", "Karel", "van", "Deurne"),
                                                         {telefoon("0612345678")}}));
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  check_basis(o, r.klantcontact, r.actorKlantcontact, r.klant.betrokkene);
  const auto b = o.vind<Betrokkene>(r.klant.betrokkene);
  CHECK(b.wasPartij.is_null());
  CHECK(*b.volledigeNaam == "Karel van Deurne");
  REQUIRE(r.klant.digitaleAdressen.size() == 1);
  const auto a = o.vind<DigitaalAdres>(r.klant.digitaleAdressen[0]);
  CHECK(naar(a.verstrektDoorBetrokkene) == r.klant.betrokkene);
  CHECK(*a.adres == "0612345678");

  const auto t = o.vind<InterneTaak>(r.interneTaak);
  CHECK(*t.gevraagdeHandeling == "Terugbellen");
  CHECK(*t.status == Status::te_verwerken);
  CHECK(t.afgehandeldOp.is_null());
  CHECK(naar(t.aanleidinggevendKlantcontact) == r.klantcontact);
  CHECK(naar(t.toegewezenAanActoren) == std::vector<Uuid>{o.team});

  // C2984: the department finds the task and calls back.
  const auto open = kc::open_interne_taken(o.reg, o.team);
  REQUIRE(open.size() == 1);
  CHECK(*open[0].uuid == r.interneTaak);
  CHECK(kc::open_interne_taken(o.reg, o.medewerker).empty());

  const auto cb = kc::c2984(o.reg, r.interneTaak, "Klant teruggebeld; vraag beantwoord.");
  REQUIRE_MESSAGE(cb.ok(), boost::json::serialize(cb.antwoord.body));
  CHECK(cb.klantcontact == r.klantcontact);
  CHECK(cb.contactgegevens.naam == "Karel van Deurne");
  CHECK(cb.contactgegevens.telefoonnummer == "0612345678");
  CHECK(cb.contactgegevens.emailadres.empty());
  CHECK(cb.contactgegevens.betrokkene == r.klant.betrokkene);
  CHECK_FALSE(cb.contactgegevens.partij.has_value());
  CHECK_FALSE(cb.contactgegevens.vanPartij);

  const auto verwerkt = o.vind<InterneTaak>(r.interneTaak);
  CHECK(*verwerkt.status == Status::verwerkt);
  CHECK(tekst(verwerkt.afgehandeldOp) == kNu);
  CHECK(*verwerkt.toelichting == "Klant teruggebeld; vraag beantwoord.");
  CHECK(kc::open_interne_taken(o.reg, o.team).empty());

  // A task is closed once: the second time nothing changes.
  const std::string na = o.reg.export_snapshot();
  const auto nogmaals = kc::c2984(o.reg, r.interneTaak);
  CHECK(namen(nogmaals.antwoord) == std::vector<std::string>{"interneTaak.status"});
  CHECK(o.reg.export_snapshot() == na);

  const auto onbekend = kc::rond_taak_af(o.reg, naam_uuid("geen-taak"));
  CHECK(onbekend.antwoord.status == HttpStatus::not_found);
  CHECK(o.reg.export_snapshot() == na);
}

TEST_CASE("C9167 variant B and C2984: a known partij, with the partij's contact data") {
  Omgeving o;
  const auto r = kc::c9167(o.reg, terugbelverzoek(o, kc::KlantBekend{o.partij, {}, {}}));
  REQUIRE(r.ok());
  check_basis(o, r.klantcontact, r.actorKlantcontact, r.klant.betrokkene);
  CHECK(naar(o.vind<Betrokkene>(r.klant.betrokkene).wasPartij) == o.partij);

  const auto c = kc::contactgegevens_bij_klantcontact(o.reg, r.klantcontact);
  CHECK(c.naam == "Anna Jansen");
  CHECK(c.telefoonnummer == "0687654321");  // the partij's voorkeursDigitaalAdres
  CHECK(c.emailadres == "anna.jansen@example.nl");
  CHECK(c.partij == o.partij);
  CHECK(c.vanPartij);

  // The klant wants to be called on another number this time.
  const auto anders = kc::c9167(
      o.reg, terugbelverzoek(o, kc::KlantBekend{o.partij, naam("", "Carl", "", ""),
                                                {telefoon("0612345678")}}));
  REQUIRE(anders.ok());
  const auto c2 = kc::contactgegevens_bij_klantcontact(o.reg, anders.klantcontact);
  CHECK(c2.naam == "Carl");
  CHECK(c2.telefoonnummer == "0612345678");
  CHECK(c2.emailadres == "anna.jansen@example.nl");

  CHECK(kc::open_interne_taken(o.reg, o.team).size() == 2);
  const auto cb = kc::c2984(o.reg, r.interneTaak);
  REQUIRE(cb.ok());
  CHECK(*o.vind<InterneTaak>(r.interneTaak).status == Status::verwerkt);
  CHECK(*o.vind<InterneTaak>(anders.interneTaak).status == Status::te_verwerken);
  CHECK(kc::open_interne_taken(o.reg, o.team).size() == 1);
}

TEST_CASE("C9167 variant C: the partij is registered first") {
  Omgeving o;
  kc::PartijGegevens p;
  p.contactnaam = naam("K", "Karel", "van", "Deurne");
  p.digitaleAdressen = {telefoon("0612345678", true)};
  const auto r = kc::c9167(o.reg, terugbelverzoek(o, kc::NieuwePartij{p}));
  REQUIRE_MESSAGE(r.ok(), boost::json::serialize(r.antwoord.body));
  REQUIRE(r.klant.partij.has_value());
  CHECK(r.klant.nieuwePartij);
  CHECK(naar(o.vind<Betrokkene>(r.klant.betrokkene).wasPartij) == *r.klant.partij);
  REQUIRE(r.klant.digitaleAdressen.size() == 1);
  CHECK(naar(o.vind<DigitaalAdres>(r.klant.digitaleAdressen[0]).verstrektDoorPartij) ==
        *r.klant.partij);
  const auto c = kc::contactgegevens_bij_klantcontact(o.reg, r.klantcontact);
  CHECK(c.naam == "Karel van Deurne");
  CHECK(c.telefoonnummer == "0612345678");
  CHECK(c.vanPartij);
}

TEST_CASE("C9167: a task without gevraagdeHandeling stores nothing") {
  Omgeving o;
  const std::string voor = o.reg.export_snapshot();
  auto in = terugbelverzoek(o, kc::AlleenContactgegevens{naam("", "Karel", "van", "Deurne"),
                                                          {telefoon("0800123456")}});
  in.terugbelverzoek.gevraagdeHandeling.clear();
  const auto r = kc::c9167(o.reg, in);
  check_fout_document(r.antwoord);
  CHECK(namen(r.antwoord) == std::vector<std::string>{"interneTaak.gevraagdeHandeling",
                                                      "betrokkene.digitaleAdressen.0.adres"});
  CHECK(r.interneTaak == Uuid{});
  CHECK(o.reg.export_snapshot() == voor);
}
