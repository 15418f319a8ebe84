// Snapshots (JSON Lines export / import, all or nothing) and transactions:
// every write of more than one object leaves the register exactly as before
// when a part fails (compared by snapshot).

#include <algorithm>
#include <map>

#include "../src/register/opslag.hpp"
#include "klantinteracties/json/codec.hpp"
#include "test_register_hulp.hpp"

namespace ki::regtest {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

// A register with every resource type and the relations between them.
void vul(Register& reg) {
  const Uuid p = persoon(reg, kBsn);
  const Uuid org = organisatie(reg);
  auto kvk = reg.create<PartijIdentificator>(object{{"identificeerdePartij", ref(org)}, {"partijIdentificator", kvk_item(kKvk).at("partijIdentificator")}});
  reg.create<PartijIdentificator>(object{{"subIdentificatorVan", ref(uuid_van(kvk.body))},
                                         {"partijIdentificator", {{"codeObjecttype", "vestiging"}, {"codeSoortObjectId", "vestigingsnummer"}, {"objectId", "296648875154"}, {"codeRegister", "hr"}}}});
  auto kcb = klantcontact_body();
  kcb["plaatsgevondenOp"] = "2024-01-02T03:04:05.5+01:00";
  kcb["metadata"] = {{"zaak", "Z-1"}};
  kcb["indicatieContactGelukt"] = false;
  const Uuid kc = gemaakt(reg.create<Klantcontact>(kcb));
  const Uuid b = betrokkene(reg, kc, &p);
  const Uuid da = digitaal_adres(reg, "anna@example.nl", &p, &b);
  const Uuid rn = gemaakt(reg.create<Rekeningnummer>(object{{"partij", ref(p)}, {"iban", "NL91ABNA0417164300"}}));
  reg.patch<Partij>(p, object{{"voorkeursDigitaalAdres", ref(da)}, {"voorkeursRekeningnummer", ref(rn)}});
  const Uuid act = actor(reg);
  reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(kc)}});
  interne_taak(reg, kc, act, "verwerkt");
  reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc)}, {"onderwerpobjectidentificator", {{"objectId", "Z-1"}}}});
  reg.create<Bijlage>(object{{"wasBijlageVanKlantcontact", ref(kc)}});
  reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(p)}, {"vertegenwoordigdePartij", ref(org)}});
  const Uuid cat = gemaakt(reg.create<Categorie>(J(R"({"naam": "Ondernemer"})")));
  reg.create<CategorieRelatie>(object{{"partij", ref(org)}, {"categorie", ref(cat)}});
}

std::size_t regels(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST_CASE("register snapshot: export, import into a new register, export again — equal") {
  Register reg(opties());
  vul(reg);
  const std::string export1 = reg.export_snapshot();
  CHECK(regels(export1) == 17);
  // Each line: {"type": …, "object": …}.
  const auto eerste = J(export1.substr(0, export1.find('\n')));
  CHECK(sleutels(eerste) == lijst({"type", "object"}));
  CHECK(eerste.at("type").as_string() == "Klantcontact");

  Register kopie(opties());
  auto a = kopie.import_snapshot(export1);
  REQUIRE_MESSAGE(a.ok(), dump(a));
  CHECK(kopie.export_snapshot() == export1);
  // The same answers, in the same order, indexes rebuilt.
  for (auto c : {"klantcontacten", "betrokkenen", "partijen", "digitaleadressen", "internetaken", "partij-identificatoren", "categorie-relaties"})
    CHECK(kopie.list(c).body == reg.list(c).body);
  CHECK(kopie.list("partijen", {{"partijIdentificator__objectId", std::string(kBsn)}}).body.at("count") == value(1));
  CHECK(kopie.list("digitaleadressen", {{"adres", "anna@example.nl"}}).body.at("count") == value(1));
  CHECK(kopie.list("klantcontacten", {{"plaatsgevondenOp__lt", "2024-01-02T02:04:05.6Z"}}).body.at("count") == value(1));
  CHECK(kopie.list("internetaken", {{"status", "verwerkt"}}).body.at("count") == value(1));
  // New writes after the import keep working, also the uniqueness rules.
  CHECK(kopie.create<Partij>([] { auto b = persoon_body(); b["partijIdentificatoren"] = array{bsn_item(kBsn)}; return b; }()).status == HttpStatus::invalid);
  // Importing replaces the contents.
  CHECK(kopie.import_snapshot("").ok());
  CHECK(kopie.export_snapshot().empty());
  CHECK(kopie.count<Klantcontact>() == 0);
}

TEST_CASE("register snapshot: a bad line is 400 and the register is unchanged") {
  Register reg(opties());
  vul(reg);
  const std::string voor = reg.export_snapshot();
  Register bron(opties());
  bron.create<Categorie>(J(R"({"naam": "x"})"));
  const std::string goed = bron.export_snapshot();

  auto kapot = reg.import_snapshot(goed + "{niet json\n");
  REQUIRE(kapot.status == HttpStatus::invalid);
  CHECK(kapot.invalid_params().at(0).name == "1");
  CHECK(reg.export_snapshot() == voor);

  auto onbekend = reg.import_snapshot(goed + R"({"type": "Zaak", "object": {}})" "\n");
  REQUIRE(onbekend.status == HttpStatus::invalid);
  CHECK(onbekend.invalid_params().at(0).name == "1.type");
  CHECK(reg.export_snapshot() == voor);

  auto zonder_uuid = reg.import_snapshot(R"({"type": "Categorie", "object": {"naam": "y"}})");
  REQUIRE(zonder_uuid.status == HttpStatus::invalid);
  CHECK(zonder_uuid.invalid_params().at(0).name == "0.object.uuid");
  CHECK(reg.export_snapshot() == voor);

  auto dubbel = reg.import_snapshot(goed + goed);
  REQUIRE(dubbel.status == HttpStatus::invalid);
  CHECK(dubbel.invalid_params().at(0).name == "1.object.uuid");
  CHECK(reg.export_snapshot() == voor);

  CHECK(reg.import_snapshot("\n\n" + goed + "\n").ok());  // blank lines are skipped
  CHECK(reg.export_snapshot() == goed);
}

// ---- Transactions -------------------------------------------------------------

TEST_CASE("register transactions: a Partij whose second nested identificator is invalid stores nothing") {
  Register reg(opties());
  vul(reg);
  const std::string voor = reg.export_snapshot();
  auto b = persoon_body();
  // The second one is already registered (KI-PI-013 against stored data).
  b["partijIdentificatoren"] = array{bsn_item(kBsn2), kvk_item(kKvk)};
  auto a = reg.create<Partij>(b);
  REQUIRE(a.status == HttpStatus::invalid);
  CHECK(a.invalid_params().at(0).name == "__all__");
  CHECK(reg.export_snapshot() == voor);
  // Two BSNs in one request (KI-PI-015 between the items).
  b["partijIdentificatoren"] = array{bsn_item(kBsn2), bsn_item("123456782")};
  CHECK(reg.create<Partij>(b).status == HttpStatus::invalid);
  CHECK(reg.export_snapshot() == voor);
  // A second item that is invalid by itself.
  b["partijIdentificatoren"] = array{bsn_item(kBsn2), bsn_item("123456789")};
  CHECK(reg.create<Partij>(b).status == HttpStatus::invalid);
  CHECK(reg.export_snapshot() == voor);
}

TEST_CASE("register transactions: MaakKlantcontact with an invalid betrokkene stores nothing") {
  Register reg(opties());
  vul(reg);
  const std::string voor = reg.export_snapshot();
  auto a = reg.maak_klantcontact(object{{"klantcontact", klantcontact_body()},
                                        {"betrokkene", {{"wasPartij", "incorrect"}, {"rol", "klant"}, {"initiator", true}}}});
  check_fout(a, "betrokkene.wasPartij.nonFieldErrors", "invalid",
             "Ongeldige data. Verwacht een dictionary, kreeg een str.");
  CHECK(reg.export_snapshot() == voor);
  auto b = reg.maak_klantcontact(object{{"klantcontact", klantcontact_body()},
                                        {"betrokkene", {{"wasPartij", ref(U("e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2"))}, {"rol", "klant"}, {"initiator", true}}}});
  check_fout(b, "betrokkene.wasPartij.uuid", "invalid", "Partij object bestaat niet.");
  auto c = reg.maak_klantcontact(object{{"klantcontact", [] { auto k = klantcontact_body(); k["nummer"] = "1"; return k; }()},
                                        {"onderwerpobject", {{"onderwerpobjectidentificator", {{"objectId", "Z"}}}}}});
  REQUIRE(c.status == HttpStatus::created);
  auto d = reg.maak_klantcontact(object{{"klantcontact", [] { auto k = klantcontact_body(); k["nummer"] = "1"; return k; }()},
                                        {"onderwerpobject", {{"onderwerpobjectidentificator", {{"objectId", "Z"}}}}}});
  check_fout(d, "klantcontact.nummer", "unique", "Er bestaat al een klantcontact met eenzelfde nummer.");
  CHECK(reg.count<Onderwerpobject>() == 2);  // vul's and c's
}

TEST_CASE("register transactions: refused PUT, PATCH and DELETE leave the register as before") {
  Register reg(opties());
  vul(reg);
  const std::string voor = reg.export_snapshot();
  const auto org = uuid_van(reg.list<Partij>({{"soortPartij", "organisatie"}}).body.at("results").at(0));
  // Dropping the parent identificator through the partij (KI-PI-016).
  CHECK(reg.patch<Partij>(org, J(R"({"partijIdentificatoren": []})")).status == HttpStatus::invalid);
  // Moving addresses while the voorkeur is not among them (KI-PA-003).
  const auto p = uuid_van(reg.list<Partij>({{"soortPartij", "persoon"}}).body.at("results").at(0));
  const auto da = uuid_van(reg.list<DigitaalAdres>().body.at("results").at(0));
  CHECK(reg.patch<Partij>(org, object{{"digitaleAdressen", array{ref(da)}}, {"voorkeursDigitaalAdres", ref(p)}}).status == HttpStatus::invalid);
  CHECK(reg.remove<Partij>(org).status == HttpStatus::invalid);
  CHECK(reg.export_snapshot() == voor);
}

// The undo log itself: every change of a transaction that is not committed is
// rolled back, indexes included.
TEST_CASE("register transactions: an uncommitted Transactie restores objects, order and indexes") {
  opslag::Opslag o;
  auto adres = [](std::string_view a, std::string_view uuid) {
    DigitaalAdres d;
    d.uuid = *json::parse_uuid(uuid);
    d.adres = std::string(a);
    d.soortDigitaalAdres = SoortDigitaalAdres::email;
    return d;
  };
  const auto a1 = adres("a@example.nl", "00000000-0000-4000-8000-000000000001");
  const auto a2 = adres("b@example.nl", "00000000-0000-4000-8000-000000000002");
  o.plaats(a1);
  o.plaats(a2);
  auto staat = [&] {
    std::string s;
    o.van<DigitaalAdres>().volgorde.voor_elk([&](const Uuid& u) {
      s += boost::json::serialize(json::encode(*o.van<DigitaalAdres>().vind(u))) + "\n";
    });
    std::map<std::string, std::size_t> index;  // sorted; a key without entries would show as :0
    for (const auto& [k, v] : o.indexen().adres) index[std::string(k.view())] = v.size();
    for (const auto& [k, n] : index) s += k + ":" + std::to_string(n) + "\n";
    return s;
  };
  const std::string voor = staat();
  {
    opslag::Transactie t(o);
    auto gewijzigd = a1;
    gewijzigd.adres = "c@example.nl";
    t.zet(gewijzigd);
    t.wis<DigitaalAdres>(*a2.uuid);
    t.zet(adres("d@example.nl", "00000000-0000-4000-8000-000000000003"));
    CHECK(o.van<DigitaalAdres>().items.size() == 2);
    // No commit: the destructor undoes everything.
  }
  CHECK(staat() == voor);
  CHECK(o.indexen().adres.find(std::string_view("a@example.nl"))->second.size() == 1);
  // No key is left without entries.
  CHECK_FALSE(o.indexen().adres.contains(std::string_view("c@example.nl")));
  {
    opslag::Transactie t(o);
    t.wis<DigitaalAdres>(*a1.uuid);
    t.commit();
  }
  CHECK(o.van<DigitaalAdres>().items.size() == 1);
}

}  // namespace
}  // namespace ki::regtest
