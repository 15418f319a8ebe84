// The writes under test: the register's composite writes (nested creates,
// relinks, cascades, snapshots, transacties) and every C9018 step.

#include "operaties.hpp"

#include "test_register_hulp.hpp"

namespace ki::fouttest {
namespace {

namespace kc = ki::cases;
using boost::json::array;
using boost::json::object;
using regtest::adres_body;
using regtest::bsn_item;
using regtest::kvk_item;
using regtest::persoon_body;
using regtest::ref;
using test::Omgeving;

Uuid nieuw(const Antwoord& a) { return regtest::gemaakt(a); }

// A klantcontact of step 2, for the steps after it.
Uuid gesprek(Omgeving& o) {
  auto k = kc::registreer_klantcontact(o.reg, test::productaanvraag_gesprek(), o.medewerker);
  REQUIRE(k.ok());
  return k.klantcontact;
}

}  // namespace

std::vector<Operatie> operaties() {
  std::vector<Operatie> ops;
  ops.push_back({"maak_klantcontact", [](Omgeving& o) {
    return std::function<bool()>([&o] {
      return o.reg.maak_klantcontact(object{
          {"klantcontact", regtest::klantcontact_body()},
          {"betrokkene", {{"wasPartij", ref(o.partij)}, {"rol", "klant"}, {"initiator", true}}},
          {"onderwerpobject", {{"onderwerpobjectidentificator", {{"objectId", "Z-1"}}}}}}).ok();
    });
  }});
  ops.push_back({"nested partij create", [](Omgeving& o) {
    return std::function<bool()>([&o] {
      auto b = persoon_body("Jan", "de Vries");
      b["partijIdentificatoren"] = array{bsn_item(regtest::kBsn2), kvk_item(regtest::kKvk)};
      return o.reg.create<Partij>(b).ok();
    });
  }});
  ops.push_back({"partij PUT relinking digitale adressen", [](Omgeving& o) {
    // The partij keeps its e-mail address, loses its phone number and takes
    // over another partij's address.
    const Uuid ander = nieuw(o.reg.create<Partij>(persoon_body("Piet", "Puk")));
    const Uuid overgenomen = nieuw(o.reg.create<DigitaalAdres>(adres_body("piet@example.nl", &ander)));
    return std::function<bool()>([&o, overgenomen] {
      auto b = persoon_body();
      b["digitaleAdressen"] = array{ref(o.partij_email), ref(overgenomen)};
      return o.reg.update<Partij>(o.partij, b).ok();
    });
  }});
  ops.push_back({"partij delete with cascade", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    REQUIRE(kc::registreer_klant(o.reg, k, kc::KlantBekend{o.partij, {}, {}}).ok());
    return std::function<bool()>([&o] { return o.reg.remove<Partij>(o.partij).ok(); });
  }});
  ops.push_back({"klantcontact delete with cascade", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    REQUIRE(kc::registreer_klant(o.reg, k, kc::AlleenContactgegevens{test::naam("J", "Jan", "", "Smit"), {test::telefoon("0611111111")}}).ok());
    REQUIRE(kc::registreer_bijlage(o.reg, k, kc::productaanvraag(test::naam_uuid("aanvraag"))).ok());
    return std::function<bool()>([&o, k] { return o.reg.remove<Klantcontact>(k).ok(); });
  }});
  ops.push_back({"onderwerpobject cascade delete", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    REQUIRE(kc::registreer_klant(o.reg, k, kc::AlleenContactgegevens{test::naam("J", "Jan", "", "Smit"), {test::email("jan@example.nl")}}).ok());
    auto z = kc::koppel_zaak(o.reg, k, {kc::zaak(test::naam_uuid("zaak")), false});
    REQUIRE(z.ok());
    const Uuid oo = z.onderwerpobject;
    return std::function<bool()>([&o, oo] { return o.reg.remove_onderwerpobject_cascade(oo).ok(); });
  }});
  ops.push_back({"snapshot import", [](Omgeving& o) {
    Omgeving ander;
    REQUIRE(kc::registreer_partij(ander.reg, test::jan_de_vries()).ok());
    const std::string snapshot = ander.reg.export_snapshot();
    return std::function<bool()>([&o, snapshot] { return o.reg.import_snapshot(snapshot).ok(); });
  }, false});
  ops.push_back({"Register::transactie with several calls", [](Omgeving& o) {
    return std::function<bool()>([&o] {
      return o.reg.transactie([](Register& r) {
        auto b = persoon_body("Piet", "Puk");
        b["partijIdentificatoren"] = array{bsn_item(regtest::kBsn2)};
        auto p = r.create<Partij>(b);
        if (!p.ok()) return p;
        const Uuid pu = regtest::uuid_van(p.body);
        auto a = r.create<DigitaalAdres>(adres_body("piet@example.nl", &pu));
        if (!a.ok()) return a;
        return r.patch<Partij>(pu, object{{"voorkeursDigitaalAdres", ref(regtest::uuid_van(a.body))}});
      }).ok();
    });
  }});
  ops.push_back({"C9018 registreer_klantcontact", [](Omgeving& o) {
    return std::function<bool()>([&o] {
      return kc::registreer_klantcontact(o.reg, test::productaanvraag_gesprek(), o.medewerker).ok();
    });
  }});
  ops.push_back({"C9018 registreer_partij", [](Omgeving& o) {
    return std::function<bool()>([&o] { return kc::registreer_partij(o.reg, test::jan_de_vries()).ok(); });
  }});
  ops.push_back({"C9018 registreer_klant, klant bekend", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    return std::function<bool()>([&o, k] {
      kc::KlantBekend klant{o.partij, test::naam("A", "Anna", "", "Jansen-de Wit"), {test::telefoon("0622222222")}};
      return kc::registreer_klant(o.reg, k, klant).ok();
    });
  }});
  ops.push_back({"C9018 registreer_klant, nieuwe partij", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    return std::function<bool()>([&o, k] {
      return kc::registreer_klant(o.reg, k, kc::NieuwePartij{test::jan_de_vries()}).ok();
    });
  }});
  ops.push_back({"C9018 registreer_klant, alleen contactgegevens", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    return std::function<bool()>([&o, k] {
      kc::AlleenContactgegevens klant{test::naam("J", "Jan", "", "Smit"),
                                      {test::telefoon("0611111111"), test::email("jan@example.nl")}};
      return kc::registreer_klant(o.reg, k, klant).ok();
    });
  }});
  ops.push_back({"C9018 registreer_bijlage", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    return std::function<bool()>([&o, k] {
      return kc::registreer_bijlage(o.reg, k, kc::productaanvraag(test::naam_uuid("aanvraag"))).ok();
    });
  }});
  ops.push_back({"C9018 registreer_interne_taak", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    return std::function<bool()>([&o, k] {
      kc::InterneTaakGegevens t;
      t.gevraagdeHandeling = "Aanmaken zaak n.a.v. ingediende productaanvraag";
      t.toegewezenAanActoren = {o.team, o.collega};
      return kc::registreer_interne_taak(o.reg, k, t).ok();
    });
  }});
  ops.push_back({"C9018 koppel_zaak", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    REQUIRE(kc::registreer_klant(o.reg, k, kc::AlleenContactgegevens{test::naam("J", "Jan", "", "Smit"), {test::email("jan@example.nl")}}).ok());
    return std::function<bool()>([&o, k] {
      return kc::koppel_zaak(o.reg, k, {kc::zaak(test::naam_uuid("zaak")), true}).ok();
    });
  }});
  ops.push_back({"C9018 registreer_betrokkene", [](Omgeving& o) {
    const Uuid k = gesprek(o);
    return std::function<bool()>([&o, k] {
      kc::BetrokkeneGegevens g;
      g.contactnaam = test::naam("P", "Piet", "", "Puk");
      g.digitaleAdressen = {test::email("piet@example.nl")};
      return kc::registreer_betrokkene(o.reg, k, g).ok();
    });
  }});
  ops.push_back({"C9018 whole case", [](Omgeving& o) {
    return std::function<bool()>([&o] {
      kc::C9018Invoer in;
      in.medewerker = o.medewerker;
      in.klantcontact = test::productaanvraag_gesprek();
      in.klant = kc::NieuwePartij{test::jan_de_vries()};
      in.productaanvraag = kc::productaanvraag(test::naam_uuid("aanvraag"));
      in.zaak = kc::Zaak{kc::zaak(test::naam_uuid("zaak")), true};
      return kc::c9018(o.reg, in).ok();
    });
  }});
  return ops;
}

}  // namespace ki::fouttest
