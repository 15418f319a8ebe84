// The F-functions of cases.md §4 that map to the register, one test each,
// through the Open Klant operation the table names.

#include "test_register_hulp.hpp"

namespace ki::regtest {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

std::vector<Uuid> zoek(const Register& reg, std::string_view collectie, const Query& q) {
  auto a = reg.list(collectie, q);
  REQUIRE_MESSAGE(a.ok(), dump(a));
  return uuids(a.body.at("results"));
}

TEST_CASE("F7554 Registreer partij: POST /partijen with nested identificator, or partij + identificator") {
  Register reg(opties());
  auto b = persoon_body();
  b["partijIdentificatoren"] = array{bsn_item(kBsn)};
  auto a = reg.create<Partij>(b);
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  CHECK(a.body.at("partijIdentificatoren").as_array().size() == 1);
  // The saga form: partij first, then the identificator.
  const Uuid p = persoon(reg);
  auto pi = reg.create<PartijIdentificator>(object{{"identificeerdePartij", ref(p)}, {"partijIdentificator", bsn_item(kBsn2).at("partijIdentificator")}});
  REQUIRE_MESSAGE(pi.status == HttpStatus::created, dump(pi));
  CHECK(uuids(reg.get<Partij>(p).body.at("partijIdentificatoren")) == std::vector<Uuid>{uuid_van(pi.body)});
}

TEST_CASE("F7927 Zoek partij: by partij-identificator or via a digitaal adres") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  persoon(reg, kBsn2);
  digitaal_adres(reg, "anna@example.nl", &p);
  CHECK(zoek(reg, "partijen", {{"partijIdentificator__objectId", std::string(kBsn)}, {"partijIdentificator__codeSoortObjectId", "bsn"}}) == std::vector<Uuid>{p});
  auto da = reg.list<DigitaalAdres>({{"adres", "anna@example.nl"}});
  REQUIRE(da.body.at("count") == value(1));
  CHECK(uuid_van(da.body.at("results").at(0).at("verstrektDoorPartij")) == p);
}

TEST_CASE("F0138 Vraag partij op: GET /partijen/{uuid}?expand=digitaleAdressen") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  const Uuid da = digitaal_adres(reg, "anna@example.nl", &p);
  auto a = reg.get<Partij>(p, "digitaleAdressen");
  REQUIRE(a.status == HttpStatus::ok);
  CHECK(a.body.at("_expand").at("digitaleAdressen").at(0) == reg.get<DigitaalAdres>(da).body);
  CHECK(a.body.at("partijIdentificatoren").at(0).at("partijIdentificator").at("objectId").as_string() == kBsn);
}

TEST_CASE("F2158 Wijzig partij: PUT / PATCH keep uuid and nummer") {
  Register reg(opties());
  auto b = persoon_body();
  b["nummer"] = "1001";
  const Uuid p = gemaakt(reg.create<Partij>(b));
  auto pa = reg.patch<Partij>(p, J(R"({"voorkeurstaal": "nld", "soortPartij": "persoon", "partijIdentificatie": {"contactnaam": {"voornaam": "Annie", "achternaam": "Jansen"}}})"));
  REQUIRE_MESSAGE(pa.ok(), dump(pa));
  CHECK(pa.body.at("partijIdentificatie").at("volledigeNaam").as_string() == "Annie Jansen");
  CHECK(pa.body.at("nummer").as_string() == "1001");
  auto put = reg.update<Partij>(p, persoon_body("Anna", "de Boer"));
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(uuid_van(put.body) == p);
  CHECK(put.body.at("nummer").as_string() == "1001");
  CHECK(put.body.at("voorkeurstaal").as_string() == "nld");
}

TEST_CASE("F2173 Registreer klantcontact: klantcontact, betrokkene and actorklantcontact, or maak-klantcontact") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid act = actor(reg);
  const Uuid kc = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc, &p);
  const Uuid ak = gemaakt(reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(kc)}}));
  auto k = reg.get<Klantcontact>(kc);
  CHECK(uuids(k.body.at("hadBetrokkenen")) == std::vector<Uuid>{b});
  CHECK(uuid_van(k.body.at("hadBetrokkenActoren").at(0)) == act);
  (void)ak;
  auto m = reg.maak_klantcontact(object{{"klantcontact", klantcontact_body()},
                                        {"betrokkene", {{"wasPartij", ref(p)}, {"rol", "klant"}, {"initiator", true}}},
                                        {"onderwerpobject", {{"onderwerpobjectidentificator", {{"objectId", "Z-1"}}}}}});
  REQUIRE_MESSAGE(m.status == HttpStatus::created, dump(m));
  CHECK(sleutels(m.body) == lijst({"klantcontact", "betrokkene", "onderwerpobject"}));
  const Uuid nieuw = uuid_van(m.body.at("klantcontact"));
  CHECK(uuids(m.body.at("klantcontact").at("hadBetrokkenen")) == std::vector<Uuid>{uuid_van(m.body.at("betrokkene"))});
  CHECK(uuids(m.body.at("klantcontact").at("gingOverOnderwerpobjecten")) == std::vector<Uuid>{uuid_van(m.body.at("onderwerpobject"))});
  CHECK(uuid_van(m.body.at("betrokkene").at("hadKlantcontact")) == nieuw);
  CHECK(uuid_van(m.body.at("onderwerpobject").at("klantcontact")) == nieuw);
  auto alleen = reg.maak_klantcontact(object{{"klantcontact", klantcontact_body()}});
  REQUIRE(alleen.status == HttpStatus::created);
  CHECK(alleen.body.at("betrokkene").is_null());
  CHECK(alleen.body.at("onderwerpobject").is_null());
}

TEST_CASE("F3896 Zoek klantcontact: by referentienummer, kanaal, partij of a betrokkene, actor") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid act = actor(reg);
  auto b = klantcontact_body("email");
  b["referentienummer"] = "23009182";
  const Uuid k1 = gemaakt(reg.create<Klantcontact>(b));
  const Uuid k2 = klantcontact(reg, "telefoon");
  betrokkene(reg, k2, &p);
  reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(k1)}});
  CHECK(zoek(reg, "klantcontacten", {{"referentienummer", "23009182"}}) == std::vector<Uuid>{k1});
  CHECK(zoek(reg, "klantcontacten", {{"kanaal", "telefoon"}}) == std::vector<Uuid>{k2});
  CHECK(zoek(reg, "klantcontacten", {{"hadBetrokkene__wasPartij__uuid", S(p)}}) == std::vector<Uuid>{k2});
  auto ak = reg.list<ActorKlantcontact>({{"actor__uuid", S(act)}});
  CHECK(uuid_van(ak.body.at("results").at(0).at("klantcontact")) == k1);
}

TEST_CASE("F8618 Vraag klantcontact op: expand=hadBetrokkenen,omvatteBijlagen,leiddeTotInterneTaken") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc);
  const Uuid bij = gemaakt(reg.create<Bijlage>(object{{"wasBijlageVanKlantcontact", ref(kc)}}));
  const Uuid taak = interne_taak(reg, kc, actor(reg));
  auto a = reg.get<Klantcontact>(kc, "hadBetrokkenen,omvatteBijlagen,leiddeTotInterneTaken");
  REQUIRE(a.ok());
  const auto& e = a.body.at("_expand");
  CHECK(uuids(e.at("hadBetrokkenen")) == std::vector<Uuid>{b});
  CHECK(uuids(e.at("omvatteBijlagen")) == std::vector<Uuid>{bij});
  CHECK(uuids(e.at("leiddeTotInterneTaken")) == std::vector<Uuid>{taak});
  CHECK_FALSE(e.as_object().contains("gingOverOnderwerpobjecten"));
}

TEST_CASE("F2120 Registreer interne taak: linked to an existing klantcontact and actor") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid act = actor(reg);
  auto a = reg.create<InterneTaak>(object{{"gevraagdeHandeling", "Terugbellen"}, {"aanleidinggevendKlantcontact", ref(kc)},
                                          {"toegewezenAanActoren", array{ref(act)}}, {"status", "te_verwerken"},
                                          {"toelichting", "Klant is na 17.00 uur bereikbaar"}});
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  CHECK(a.body.at("toegewezenOp").as_string() == kNu);
  CHECK(uuids(reg.get<Klantcontact>(kc).body.at("leiddeTotInterneTaken")) == std::vector<Uuid>{uuid_van(a.body)});
}

TEST_CASE("F5241 Wijzig interne taak: PUT and PATCH") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid a1 = actor(reg, "Een");
  const Uuid a2 = actor(reg, "Twee");
  const Uuid t = interne_taak(reg, kc, a1);
  auto put = reg.update<InterneTaak>(t, object{{"gevraagdeHandeling", "Zaak aanmaken"}, {"aanleidinggevendKlantcontact", ref(kc)},
                                               {"toegewezenAanActoren", array{ref(a2), ref(a1)}}, {"status", "te_verwerken"}});
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(uuids(put.body.at("toegewezenAanActoren")) == std::vector<Uuid>{a2, a1});  // replaced, in order
  CHECK(uuid_van(put.body.at("toegewezenAanActor")) == a2);
  CHECK(put.body.at("toegewezenOp").as_string() == kNu);  // set once
  auto pa = reg.patch<InterneTaak>(t, J(R"({"status": "verwerkt"})"));
  CHECK(pa.body.at("status").as_string() == "verwerkt");
  CHECK(pa.body.at("gevraagdeHandeling").as_string() == "Zaak aanmaken");
}

TEST_CASE("F3839 Zoek interne taken: every given criterion must match") {
  Register reg(opties());
  auto kcb = klantcontact_body();
  const Uuid kc = gemaakt(reg.create<Klantcontact>(kcb));
  const Uuid a1 = actor(reg, "Een");
  const Uuid a2 = actor(reg, "Twee");
  auto t = [&](const Uuid& act, std::string_view ref_nr, std::string_view status) {
    return gemaakt(reg.create<InterneTaak>(object{{"referentienummer", ref_nr}, {"gevraagdeHandeling", "x"}, {"aanleidinggevendKlantcontact", ref(kc)},
                                                 {"toegewezenAanActoren", array{ref(act)}}, {"status", status}}));
  };
  const Uuid t1 = t(a1, "1", "te_verwerken");
  t(a2, "2", "te_verwerken");
  t(a1, "3", "verwerkt");
  CHECK(zoek(reg, "internetaken", {{"status", "te_verwerken"}, {"toegewezenAanActor__uuid", S(a1)},
                                  {"aanleidinggevendKlantcontact__uuid", S(kc)}, {"referentienummer", "1"}}) == std::vector<Uuid>{t1});
  CHECK(zoek(reg, "internetaken", {{"status", "te_verwerken"}, {"referentienummer", "3"}}).empty());
}

TEST_CASE("F2771 Vraag interne taak op: GET /internetaken/{uuid}") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid act = actor(reg);
  const Uuid t = interne_taak(reg, kc, act);
  auto a = reg.get<InterneTaak>(t);
  REQUIRE(a.ok());
  CHECK(uuid_van(a.body.at("aanleidinggevendKlantcontact")) == kc);
  CHECK(uuid_van(a.body.at("toegewezenAanActor")) == act);
  CHECK(reg.get<InterneTaak>(kc).status == HttpStatus::not_found);
}

TEST_CASE("F5592 Registreer actor: polymorphic on soortActor") {
  Register reg(opties());
  auto m = reg.create<Actor>(J(R"({"naam": "Fatima", "soortActor": "medewerker", "actorIdentificatie": {"functie": "KCC", "telefoonnummer": "0612345678", "emailadres": "f@example.nl"}})"));
  REQUIRE_MESSAGE(m.status == HttpStatus::created, dump(m));
  CHECK(m.body.at("actorIdentificatie") == J(R"({"functie": "KCC", "emailadres": "f@example.nl", "telefoonnummer": "0612345678"})"));
  check_fout(reg.create<Actor>(J(R"({"naam": "Fatima", "soortActor": "medewerker", "actorIdentificatie": {"functie": "KCC"}})")),
             "actorIdentificatie.telefoonnummer", "required", "Dit veld is vereist.");
  CHECK(reg.count<Actor>() == 1);
}

TEST_CASE("F5582 Zoek actor: by naam and soortActor") {
  Register reg(opties());
  const Uuid a = actor(reg, "Fatima Yilmaz");
  gemaakt(reg.create<Actor>(J(R"({"naam": "Team Fatima", "soortActor": "organisatorische_eenheid"})")));
  CHECK(zoek(reg, "actoren", {{"naam", "Fatima"}, {"soortActor", "medewerker"}}) == std::vector<Uuid>{a});
  CHECK(zoek(reg, "actoren", {{"naam", "fatima"}}).size() == 2);
}

TEST_CASE("F6542 Koppel actor aan klantcontact: POST /actorklantcontacten") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid act = actor(reg);
  auto a = reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(kc)}});
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  CHECK(a.body.at("actor").at("url").as_string() == url("actoren", act));
  CHECK(reg.get<Klantcontact>(kc).body.at("hadBetrokkenActoren").as_array().size() == 1);
}

TEST_CASE("F5002 Vraag actor op: GET /actoren/{uuid}") {
  Register reg(opties());
  const Uuid a = actor(reg);
  auto g = reg.get<Actor>(a);
  REQUIRE(g.ok());
  CHECK(g.body.at("naam").as_string() == "Fatima Yilmaz");
  CHECK(g.body.at("soortActor").as_string() == "medewerker");
}

TEST_CASE("F2599 Registreer betrokkene bij klantcontact: POST /betrokkenen") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  betrokkene(reg, kc);
  const Uuid tweede = betrokkene(reg, kc);
  CHECK(reg.get<Klantcontact>(kc).body.at("hadBetrokkenen").as_array().size() == 2);
  CHECK(uuid_van(reg.get<Betrokkene>(tweede).body.at("hadKlantcontact")) == kc);
}

TEST_CASE("F4936 Zoek betrokkene bij klantcontact: via partij, naam, digitaal adres, klantcontact") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid kc = klantcontact(reg);
  const Uuid b = gemaakt(reg.create<Betrokkene>(object{{"hadKlantcontact", ref(kc)}, {"wasPartij", ref(p)}, {"rol", "klant"}, {"initiator", true},
                                                       {"contactnaam", {{"achternaam", "Jansen"}}}}));
  digitaal_adres(reg, "jansen@example.nl", nullptr, &b);
  betrokkene(reg, klantcontact(reg));
  CHECK(zoek(reg, "betrokkenen", {{"wasPartij__uuid", S(p)}}) == std::vector<Uuid>{b});
  CHECK(zoek(reg, "betrokkenen", {{"contactnaamAchternaam", "Jansen"}}) == std::vector<Uuid>{b});
  CHECK(zoek(reg, "betrokkenen", {{"verstrektedigitaalAdres__adres", "jansen@example.nl"}}) == std::vector<Uuid>{b});
  CHECK(zoek(reg, "betrokkenen", {{"hadKlantcontact__uuid", S(kc)}}) == std::vector<Uuid>{b});
}

TEST_CASE("F5859 / F3246 Vraag betrokkene op and Wijzig betrokkene: PATCH of contactnaam replaces the group") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid b = gemaakt(reg.create<Betrokkene>(object{{"hadKlantcontact", ref(kc)}, {"rol", "klant"}, {"initiator", true},
                                                       {"contactnaam", {{"voorletters", "J"}, {"voornaam", "Jan"}, {"achternaam", "Vries"}}}}));
  auto g = reg.get<Betrokkene>(b);
  REQUIRE(g.ok());
  CHECK(g.body.at("volledigeNaam").as_string() == "Jan Vries");
  auto pa = reg.patch<Betrokkene>(b, J(R"({"contactnaam": {"voornaam": "Jannes"}})"));
  REQUIRE_MESSAGE(pa.ok(), dump(pa));
  CHECK(pa.body.at("contactnaam").at("achternaam").as_string() == "");
  CHECK(pa.body.at("contactnaam").at("voorletters").as_string() == "");
  auto put = reg.update<Betrokkene>(b, object{{"hadKlantcontact", ref(kc)}, {"rol", "klant"}, {"initiator", false}, {"organisatienaam", "ACME"}});
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(put.body.at("organisatienaam").as_string() == "ACME");
  CHECK(put.body.at("contactnaam").at("voornaam").as_string() == "Jannes");
}

TEST_CASE("F1995 Registreer digitaal adres: linked to a partij or a betrokkene (or, as Open Klant accepts, neither)") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid da = digitaal_adres(reg, "anna@example.nl", &p);
  CHECK(uuids(reg.get<Partij>(p).body.at("digitaleAdressen")) == std::vector<Uuid>{da});
  CHECK(reg.create<DigitaalAdres>(J(R"({"verstrektDoorPartij": null, "adres": "x@example.nl", "soortDigitaalAdres": "email"})")).ok());
  check_fout(reg.create<DigitaalAdres>(J(R"({"adres": "x@example.nl", "soortDigitaalAdres": "email"})")),
             "verstrektDoorPartij", "required", "Dit veld is vereist.");  // KI-DA-009
}

TEST_CASE("F6634 Zoek digitaal adres: by adres and verstrektDoorPartij") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid q = persoon(reg);
  const Uuid a = digitaal_adres(reg, "zelfde@example.nl", &p);
  digitaal_adres(reg, "zelfde@example.nl", &q);
  CHECK(zoek(reg, "digitaleadressen", {{"adres", "zelfde@example.nl"}, {"verstrektDoorPartij__uuid", S(p)}}) == std::vector<Uuid>{a});
}

TEST_CASE("F2806 Vraag digitaal adres op: GET /digitaleadressen/{uuid}") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid a = digitaal_adres(reg, "anna@example.nl", &p);
  auto g = reg.get<DigitaalAdres>(a);
  REQUIRE(g.ok());
  CHECK(g.body.at("adres").as_string() == "anna@example.nl");
  CHECK(g.body.at("isStandaardAdres") == value(false));
  CHECK(g.body.at("referentie").as_string() == "");
  CHECK(g.body.at("verificatieDatum").is_null());
}

TEST_CASE("F2946 Wijzig digitaal adres: PUT and PATCH") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid a = digitaal_adres(reg, "anna@example.nl", &p);
  auto put = reg.update<DigitaalAdres>(a, adres_body("0612345678", &p, nullptr, "telefoonnummer"));
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(put.body.at("soortDigitaalAdres").as_string() == "telefoonnummer");
  auto pa = reg.patch<DigitaalAdres>(a, J(R"({"omschrijving": "mobiel"})"));
  CHECK(pa.body.at("omschrijving").as_string() == "mobiel");
  CHECK(pa.body.at("adres").as_string() == "0612345678");
}

TEST_CASE("F6257 Registreer partij-identificator: POST /partij-identificatoren") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  auto a = reg.create<PartijIdentificator>(object{{"identificeerdePartij", ref(p)}, {"partijIdentificator", bsn_item(kBsn).at("partijIdentificator")}});
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  CHECK(uuid_van(a.body.at("identificeerdePartij")) == p);
  // Without partij: accepted (VNG's "always linked" is not enforced).
  CHECK(reg.create<PartijIdentificator>(object{{"partijIdentificator", bsn_item(kBsn2).at("partijIdentificator")}}).ok());
}

TEST_CASE("F5817 Zoek partij-identificator: by objectId and codeSoortObjectId") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  persoon(reg, kBsn2);
  const auto pis = zoek(reg, "partij-identificatoren", {{"partijIdentificatorObjectId", std::string(kBsn)}, {"partijIdentificatorCodeSoortObjectId", "bsn"}});
  REQUIRE(pis.size() == 1);
  CHECK(uuid_van(reg.get<PartijIdentificator>(pis[0]).body.at("identificeerdePartij")) == p);
}

TEST_CASE("F1582 Vraag partij-identificator op: GET /partij-identificatoren/{uuid}") {
  Register reg(opties());
  auto a = reg.create<Partij>([] { auto b = persoon_body(); b["partijIdentificatoren"] = array{bsn_item(kBsn)}; return b; }());
  const Uuid pi = uuid_van(a.body.at("partijIdentificatoren").at(0));
  auto g = reg.get<PartijIdentificator>(pi);
  REQUIRE(g.ok());
  CHECK(g.body.at("partijIdentificator") == value(bsn_item(kBsn).at("partijIdentificator")));
  CHECK(g.body.at("url").as_string() == url("partij-identificatoren", pi));
}

TEST_CASE("F8226 Wijzig partij-identificator: PATCH must send the whole partijIdentificator group") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  const Uuid pi = uuid_van(reg.get<Partij>(p).body.at("partijIdentificatoren").at(0));
  auto half = reg.patch<PartijIdentificator>(pi, J(R"({"partijIdentificator": {"objectId": "332444332"}})"));
  REQUIRE(half.status == HttpStatus::invalid);
  const auto ps = half.invalid_params();
  REQUIRE(ps.size() == 3);
  CHECK(ps[0].name == "partijIdentificator.codeObjecttype");
  CHECK(ps[1].name == "partijIdentificator.codeSoortObjectId");
  CHECK(ps[2].name == "partijIdentificator.codeRegister");
  for (const auto& e : ps) CHECK(e.code == "required");
  auto heel = reg.patch<PartijIdentificator>(pi, object{{"partijIdentificator", bsn_item(kBsn2).at("partijIdentificator")}});
  REQUIRE_MESSAGE(heel.ok(), dump(heel));
  CHECK(heel.body.at("partijIdentificator").at("objectId").as_string() == kBsn2);
  CHECK(uuid_van(heel.body.at("identificeerdePartij")) == p);
}

TEST_CASE("F9322 Registreer onderwerpobject: a zaak or an earlier klantcontact") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid eerder = klantcontact(reg);
  auto a = reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc)}, {"wasKlantcontact", ref(eerder)},
                                              {"onderwerpobjectidentificator", {{"objectId", "095be615-a8ad-4c33-8e9c-c7612fbf6c9f"}, {"codeObjecttype", "zaak"}, {"codeRegister", "open-zaak"}, {"codeSoortObjectId", "uuid"}}}});
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  CHECK(uuids(reg.get<Klantcontact>(kc).body.at("gingOverOnderwerpobjecten")) == std::vector<Uuid>{uuid_van(a.body)});
}

TEST_CASE("F9829 Zoek onderwerpobject: by klantcontact and identificator objectId") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid oo = gemaakt(reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc)}, {"onderwerpobjectidentificator", {{"objectId", "Z-9"}}}}));
  reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc)}, {"onderwerpobjectidentificator", {{"objectId", "Z-8"}}}});
  CHECK(zoek(reg, "onderwerpobjecten", {{"klantcontact__uuid", S(kc)}, {"onderwerpobjectidentificatorObjectId", "Z-9"}}) == std::vector<Uuid>{oo});
}

TEST_CASE("F6039 Vraag onderwerpobject op: GET /onderwerpobjecten/{uuid}") {
  Register reg(opties());
  const Uuid oo = gemaakt(reg.create<Onderwerpobject>(J(R"({})")));
  auto g = reg.get<Onderwerpobject>(oo);
  REQUIRE(g.ok());
  CHECK(g.body.at("klantcontact").is_null());
  CHECK(g.body.at("onderwerpobjectidentificator") == J(R"({"objectId": "", "codeObjecttype": "", "codeRegister": "", "codeSoortObjectId": ""})"));
}

TEST_CASE("F5639 Wijzig onderwerpobject: the identificator group is replaced as a whole") {
  Register reg(opties());
  const Uuid oo = gemaakt(reg.create<Onderwerpobject>(J(R"({"onderwerpobjectidentificator": {"objectId": "Z-1", "codeObjecttype": "zaak"}})")));
  auto pa = reg.patch<Onderwerpobject>(oo, J(R"({"onderwerpobjectidentificator": {"objectId": "Z-2"}})"));
  REQUIRE_MESSAGE(pa.ok(), dump(pa));
  CHECK(pa.body.at("onderwerpobjectidentificator").at("codeObjecttype").as_string() == "");
  CHECK(pa.body.at("onderwerpobjectidentificator").at("objectId").as_string() == "Z-2");
}

TEST_CASE("F1975 Registreer bijlage: POST /bijlagen") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  auto a = reg.create<Bijlage>(object{{"wasBijlageVanKlantcontact", ref(kc)}, {"bijlageidentificator", {{"objectId", "9193b03f"}, {"codeObjecttype", "DOCUMENT"}}}});
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  CHECK(uuids(reg.get<Klantcontact>(kc).body.at("omvatteBijlagen")) == std::vector<Uuid>{uuid_van(a.body)});
}

TEST_CASE("F5492 Zoek bijlage: by klantcontact and identificator objectId") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid b = gemaakt(reg.create<Bijlage>(object{{"wasBijlageVanKlantcontact", ref(kc)}, {"bijlageidentificator", {{"objectId", "D-1"}}}}));
  reg.create<Bijlage>(object{{"wasBijlageVanKlantcontact", ref(kc)}});
  CHECK(zoek(reg, "bijlagen", {{"klantcontact__uuid", S(kc)}, {"bijlageidentificatorObjectId", "D-1"}}) == std::vector<Uuid>{b});
}

TEST_CASE("F0796 Wijzig klantcontact: PATCH of inhoud (the client appends, the server replaces)") {
  Register reg(opties());
  auto b = klantcontact_body();
  b["inhoud"] = "Vraag.";
  b["nummer"] = "12";
  const Uuid kc = gemaakt(reg.create<Klantcontact>(b));
  auto pa = reg.patch<Klantcontact>(kc, J(R"({"inhoud": "Vraag. Aanvulling."})"));
  REQUIRE_MESSAGE(pa.ok(), dump(pa));
  CHECK(pa.body.at("inhoud").as_string() == "Vraag. Aanvulling.");
  CHECK(pa.body.at("nummer").as_string() == "12");
  CHECK(uuid_van(pa.body) == kc);
}

TEST_CASE("F2084 Vraag overzicht van klantcontacten op: of one partij, by kanaal and period") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  auto op = [&](std::string_view moment, std::string_view kanaal) {
    auto b = klantcontact_body(kanaal);
    b["plaatsgevondenOp"] = moment;
    const Uuid kc = gemaakt(reg.create<Klantcontact>(b));
    betrokkene(reg, kc, &p);
    return kc;
  };
  op("2023-12-31T23:59:59Z", "telefoon");
  const Uuid jan = op("2024-01-15T10:00:00Z", "telefoon");
  op("2024-01-20T10:00:00Z", "email");
  op("2024-02-01T00:00:00Z", "telefoon");
  klantcontact(reg, "telefoon");  // another partij's (none)
  CHECK(zoek(reg, "klantcontacten", {{"hadBetrokkene__wasPartij__partijIdentificator__objectId", std::string(kBsn)}, {"kanaal", "telefoon"},
                                   {"plaatsgevondenOp__gte", "2024-01-01T00:00:00Z"}, {"plaatsgevondenOp__lt", "2024-02-01T00:00:00Z"}}) == std::vector<Uuid>{jan});
  CHECK(zoek(reg, "klantcontacten", {{"hadBetrokkene__wasPartij__uuid", S(p)}}).size() == 4);
}

TEST_CASE("F6230 Vraag bijlage op: GET /bijlagen/{uuid}") {
  Register reg(opties());
  const Uuid b = gemaakt(reg.create<Bijlage>(J(R"({"bijlageidentificator": {"codeObjecttype": "23", "codeSoortObjectId": "7", "objectId": "234", "codeRegister": "drc"}})")));
  auto g = reg.get<Bijlage>(b);
  REQUIRE(g.ok());
  CHECK(g.body.at("bijlageidentificator") == J(R"({"objectId": "234", "codeObjecttype": "23", "codeRegister": "drc", "codeSoortObjectId": "7"})"));
  CHECK(g.body.at("wasBijlageVanKlantcontact").is_null());
}

TEST_CASE("F6260 Wijzig bijlage: a PATCH with only objectId clears the other identificator values") {
  Register reg(opties());
  const Uuid b = gemaakt(reg.create<Bijlage>(J(R"({"bijlageidentificator": {"codeObjecttype": "DOCUMENT", "objectId": "1"}})")));
  auto pa = reg.patch<Bijlage>(b, J(R"({"bijlageidentificator": {"objectId": "2"}})"));
  REQUIRE_MESSAGE(pa.ok(), dump(pa));
  CHECK(pa.body.at("bijlageidentificator") == J(R"({"objectId": "2", "codeObjecttype": "", "codeRegister": "", "codeSoortObjectId": ""})"));
}

TEST_CASE("F9810 Wijzig actor: PUT of the full resource, PATCH of changed properties") {
  Register reg(opties());
  const Uuid a = actor(reg);
  auto full = reg.get<Actor>(a).body.as_object();
  full["naam"] = "Fatima Yilmaz-de Vries";
  auto put = reg.update<Actor>(a, full);  // GET, change, PUT (read-only keys ignored)
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(put.body.at("naam").as_string() == "Fatima Yilmaz-de Vries");
  CHECK(put.body.at("actorIdentificatie").at("functie").as_string() == "KCC-medewerker");
  auto pa = reg.patch<Actor>(a, J(R"({"indicatieActief": false})"));
  CHECK(pa.body.at("indicatieActief") == value(false));
  CHECK(pa.body.at("naam").as_string() == "Fatima Yilmaz-de Vries");
}

}  // namespace
}  // namespace ki::regtest
