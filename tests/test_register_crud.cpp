// Register CRUD per resource: create / get / PUT / PATCH / list / delete with
// Open Klant's response shape (model.md §1.2, §1.7, §1.9), the reverse
// relations, and the cascades of model.md §10.

#include <algorithm>

#include "test_register_hulp.hpp"

namespace ki::regtest {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

const auto kKlantcontactKeys =
    lijst({"uuid", "url", "gingOverOnderwerpobjecten", "hadBetrokkenActoren", "omvatteBijlagen",
           "hadBetrokkenen", "leiddeTotInterneTaken", "nummer", "referentienummer", "kanaal",
           "onderwerp", "inhoud", "reactie", "indicatieContactGelukt", "hoofdOnderwerpType",
           "verdereActieOndernomen", "taal", "vertrouwelijk", "plaatsgevondenOp", "metadata"});
const auto kBetrokkeneKeys =
    lijst({"uuid", "url", "wasPartij", "hadKlantcontact", "digitaleAdressen", "bezoekadres",
           "correspondentieadres", "contactnaam", "volledigeNaam", "rol", "organisatienaam",
           "initiator"});
const auto kPartijKeys =
    lijst({"uuid", "url", "nummer", "interneNotitie", "betrokkenen", "categorieRelaties",
           "digitaleAdressen", "voorkeursDigitaalAdres", "vertegenwoordigden", "rekeningnummers",
           "voorkeursRekeningnummer", "partijIdentificatoren", "soortPartij",
           "indicatieGeheimhouding", "voorkeurstaal", "indicatieActief", "bezoekadres",
           "correspondentieadres", "partijIdentificatie"});
const auto kActorKeys = lijst({"uuid", "url", "naam", "soortActor", "indicatieActief",
                               "actoridentificator", "actorIdentificatie"});
const auto kInterneTaakKeys =
    lijst({"uuid", "url", "nummer", "referentienummer", "gevraagdeHandeling",
           "aanleidinggevendKlantcontact", "toegewezenAanActor", "toegewezenAanActoren",
           "toelichting", "status", "toegewezenOp", "afgehandeldOp"});
const auto kDigitaalAdresKeys =
    lijst({"uuid", "url", "verstrektDoorBetrokkene", "verstrektDoorPartij", "adres",
           "soortDigitaalAdres", "isStandaardAdres", "omschrijving", "referentie",
           "verificatieDatum"});
const auto kAdresKeys =
    lijst({"nummeraanduidingId", "straatnaam", "huisnummer", "huisnummertoevoeging", "postcode",
           "stad", "adresregel1", "adresregel2", "adresregel3", "land"});
const auto kContactnaamKeys = lijst({"voorletters", "voornaam", "voorvoegselAchternaam", "achternaam"});

// Keys in Open Klant's order, an absolute url with the base URL that ends in
// the uuid, and every reference of a list rendered as {uuid, url}.
void check_vorm(const value& body, std::string_view collectie, const std::vector<std::string>& keys) {
  CHECK(sleutels(body) == keys);
  const Uuid u = uuid_van(body);
  CHECK(body.at("url").as_string() == url(collectie, u));
}

void check_ref(const value& r, std::string_view collectie, const Uuid& u) {
  REQUIRE(r.is_object());
  CHECK(sleutels(r) == lijst({"uuid", "url"}));
  CHECK(r.at("uuid").as_string() == S(u));
  CHECK(r.at("url").as_string() == url(collectie, u));
}

void check_leeg_adres(const value& a) {
  CHECK(sleutels(a) == kAdresKeys);
  for (const auto& kv : a.as_object()) {
    if (kv.key() == "huisnummer")
      CHECK(kv.value().is_null());
    else
      CHECK(kv.value().as_string() == "");
  }
}

TEST_CASE("register: Klantcontact create/get/PUT/PATCH/list/delete in Open Klant's shape") {
  Register reg(opties());
  auto a = reg.create<Klantcontact>(klantcontact_body());
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  const Uuid kc = uuid_van(a.body);
  check_vorm(a.body, "klantcontacten", kKlantcontactKeys);
  CHECK(a.body.at("plaatsgevondenOp").as_string() == kNu);  // server "now"
  CHECK(a.body.at("verdereActieOndernomen") == value(false));
  CHECK(a.body.at("indicatieContactGelukt").is_null());
  CHECK(a.body.at("nummer").is_null());
  CHECK(a.body.at("referentienummer").is_null());
  CHECK(a.body.at("inhoud").as_string() == "");
  CHECK(a.body.at("reactie").as_string() == "");
  CHECK(a.body.at("hoofdOnderwerpType").as_string() == "");
  CHECK(a.body.at("metadata").as_object().empty());
  for (auto k : {"gingOverOnderwerpobjecten", "hadBetrokkenActoren", "omvatteBijlagen",
                 "hadBetrokkenen", "leiddeTotInterneTaken"})
    CHECK(a.body.at(k).as_array().empty());
  CHECK_FALSE(a.body.as_object().contains("_expand"));  // a detail without expand

  auto g = reg.get<Klantcontact>(kc);
  CHECK(g.status == HttpStatus::ok);
  CHECK(g.body == a.body);
  CHECK(reg.get("klantcontacten", kc).body == a.body);

  // PUT: required fields again; omitted optional fields keep their value.
  auto p = reg.patch<Klantcontact>(kc, J(R"({"inhoud": "Vraag over parkeren", "verdereActieOndernomen": true})"));
  REQUIRE_MESSAGE(p.ok(), dump(p));
  CHECK(p.status == HttpStatus::ok);
  CHECK(p.body.at("inhoud").as_string() == "Vraag over parkeren");
  CHECK(p.body.at("verdereActieOndernomen") == value(true));
  CHECK(p.body.at("kanaal").as_string() == "telefoon");  // PATCH changes only what it names
  auto u = reg.update<Klantcontact>(kc, klantcontact_body("email", "Afval"));
  REQUIRE_MESSAGE(u.ok(), dump(u));
  CHECK(u.body.at("kanaal").as_string() == "email");
  CHECK(u.body.at("inhoud").as_string() == "Vraag over parkeren");   // kept
  CHECK(u.body.at("verdereActieOndernomen") == value(false));        // serializer default
  CHECK(u.body.at("plaatsgevondenOp").as_string() == kNu);
  CHECK(u.body.at("uuid") == a.body.at("uuid"));

  auto l = reg.list<Klantcontact>();
  REQUIRE(l.ok());
  CHECK(l.body.at("count") == value(1));
  auto el = l.body.at("results").at(0);
  CHECK(el.at("_expand").as_object().empty());  // list elements carry _expand {}
  el.as_object().erase("_expand");
  CHECK(el == u.body);

  CHECK(reg.remove<Klantcontact>(kc).status == HttpStatus::no_content);
  CHECK(reg.remove<Klantcontact>(kc).status == HttpStatus::not_found);
  auto weg = reg.get<Klantcontact>(kc);
  CHECK(weg.status == HttpStatus::not_found);
  CHECK(weg.body.at("code").as_string() == "not_found");
  CHECK(weg.body.at("title").as_string() == "Niet gevonden.");
  CHECK(reg.update<Klantcontact>(kc, klantcontact_body()).status == HttpStatus::not_found);
  CHECK(reg.patch<Klantcontact>(kc, J("{}")).status == HttpStatus::not_found);
  CHECK(reg.count<Klantcontact>() == 0);
}

TEST_CASE("register: Betrokkene groups complete, volledigeNaam, reverse relation hadBetrokkenen") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid p = persoon(reg);
  auto a = reg.create<Betrokkene>(object{{"hadKlantcontact", ref(kc)}, {"wasPartij", ref(p)},
                                         {"rol", "klant"}, {"initiator", true},
                                         {"bezoekadres", nullptr},
                                         {"contactnaam", {{"voornaam", "Jan"}, {"voorvoegselAchternaam", "de"}, {"achternaam", "Vries"}, {"voorletters", "J"}}}});
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  const Uuid b = uuid_van(a.body);
  check_vorm(a.body, "betrokkenen", kBetrokkeneKeys);
  check_ref(a.body.at("hadKlantcontact"), "klantcontacten", kc);
  check_ref(a.body.at("wasPartij"), "partijen", p);
  check_leeg_adres(a.body.at("bezoekadres"));  // null in, complete group out
  check_leeg_adres(a.body.at("correspondentieadres"));
  CHECK(sleutels(a.body.at("contactnaam")) == kContactnaamKeys);
  CHECK(a.body.at("volledigeNaam").as_string() == "Jan de Vries");
  CHECK(a.body.at("organisatienaam").as_string() == "");

  // Reverse relations: klantcontact.hadBetrokkenen, partij.betrokkenen.
  auto k = reg.get<Klantcontact>(kc);
  REQUIRE(k.body.at("hadBetrokkenen").as_array().size() == 1);
  check_ref(k.body.at("hadBetrokkenen").at(0), "betrokkenen", b);
  auto pj = reg.get<Partij>(p);
  REQUIRE(pj.body.at("betrokkenen").as_array().size() == 1);
  check_ref(pj.body.at("betrokkenen").at(0), "betrokkenen", b);

  // PATCH of a group replaces it as a whole (model.md §1.4 item 3).
  auto pa = reg.patch<Betrokkene>(b, J(R"({"contactnaam": {"voornaam": "Jannes"}})"));
  REQUIRE_MESSAGE(pa.ok(), dump(pa));
  CHECK(pa.body.at("contactnaam") ==
        J(R"({"voorletters": "", "voornaam": "Jannes", "voorvoegselAchternaam": "", "achternaam": ""})"));
  CHECK(pa.body.at("volledigeNaam").as_string() == "Jannes");
  CHECK(pa.body.at("rol").as_string() == "klant");

  // PUT: the required fields; wasPartij omitted keeps its value.
  auto put = reg.update<Betrokkene>(b, object{{"hadKlantcontact", ref(kc)}, {"rol", "vertegenwoordiger"}, {"initiator", false}});
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(put.body.at("rol").as_string() == "vertegenwoordiger");
  check_ref(put.body.at("wasPartij"), "partijen", p);
  CHECK(put.body.at("contactnaam").at("voornaam").as_string() == "Jannes");

  CHECK(reg.remove<Betrokkene>(b).status == HttpStatus::no_content);
  CHECK(reg.get<Klantcontact>(kc).body.at("hadBetrokkenen").as_array().empty());
}

TEST_CASE("register: Partij with nested identificatoren, addresses and rendered detail") {
  Register reg(opties());
  auto body = persoon_body("Jan", "Vries");
  body["partijIdentificatie"].as_object()["contactnaam"].as_object()["voorvoegselAchternaam"] = "de";
  body["partijIdentificatoren"] = array{bsn_item(kBsn)};
  body["nummer"] = "1234";
  auto a = reg.create<Partij>(body);
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  const Uuid p = uuid_van(a.body);
  check_vorm(a.body, "partijen", kPartijKeys);
  CHECK(a.body.at("nummer").as_string() == "1234");
  CHECK(a.body.at("interneNotitie").as_string() == "");
  CHECK(a.body.at("voorkeursDigitaalAdres").is_null());
  CHECK(a.body.at("voorkeursRekeningnummer").is_null());
  CHECK(a.body.at("indicatieGeheimhouding").is_null());
  CHECK(a.body.at("voorkeurstaal").as_string() == "");
  check_leeg_adres(a.body.at("bezoekadres"));
  check_leeg_adres(a.body.at("correspondentieadres"));
  CHECK(a.body.at("partijIdentificatie") ==
        J(R"({"contactnaam": {"voorletters": "A", "voornaam": "Jan", "voorvoegselAchternaam": "de", "achternaam": "Vries"}, "volledigeNaam": "Jan de Vries"})"));
  // partijIdentificatoren: full objects with identificeerdePartij filled in.
  const auto& pis = a.body.at("partijIdentificatoren").as_array();
  REQUIRE(pis.size() == 1);
  CHECK(sleutels(pis[0]) == lijst({"uuid", "url", "identificeerdePartij", "anderePartijIdentificator", "partijIdentificator", "subIdentificatorVan"}));
  check_ref(pis[0].at("identificeerdePartij"), "partijen", p);
  CHECK(pis[0].at("partijIdentificator") == value(bsn_item(kBsn).at("partijIdentificator")));
  CHECK(pis[0].at("subIdentificatorVan").is_null());
  CHECK(pis[0].at("anderePartijIdentificator").as_string() == "");
  const Uuid pi = uuid_van(pis[0]);
  CHECK(reg.get<PartijIdentificator>(pi).body == pis[0]);

  // digitaleAdressen: the addresses whose verstrektDoorPartij is this partij.
  const Uuid da = digitaal_adres(reg, "anna@example.nl", &p);
  auto g = reg.get<Partij>(p);
  REQUIRE(g.body.at("digitaleAdressen").as_array().size() == 1);
  check_ref(g.body.at("digitaleAdressen").at(0), "digitaleadressen", da);

  // Organisatie and contactpersoon details.
  const Uuid org = organisatie(reg, "Gemeente");
  auto o = reg.get<Partij>(org);
  CHECK(o.body.at("partijIdentificatie") == J(R"({"naam": "Gemeente"})"));
  auto cp = reg.create<Partij>(object{{"soortPartij", "contactpersoon"}, {"indicatieActief", true},
                                      {"partijIdentificatie", {{"werkteVoorPartij", ref(org)}, {"contactnaam", nullptr}}}});
  REQUIRE_MESSAGE(cp.status == HttpStatus::created, dump(cp));
  check_ref(cp.body.at("partijIdentificatie").at("werkteVoorPartij"), "partijen", org);
  CHECK(cp.body.at("partijIdentificatie").at("volledigeNaam").as_string() == "");
}

TEST_CASE("register: Actor, InterneTaak and ActorKlantcontact shapes and relations") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  auto a = reg.create<Actor>(J(R"({"naam": "Team Parkeren", "soortActor": "organisatorische_eenheid"})"));
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  const Uuid act = uuid_van(a.body);
  check_vorm(a.body, "actoren", kActorKeys);
  CHECK(a.body.at("indicatieActief") == value(true));  // default
  CHECK(a.body.at("actorIdentificatie").is_null());    // no detail record
  CHECK(sleutels(a.body.at("actoridentificator")) == lijst({"objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId"}));

  auto t = reg.create<InterneTaak>(object{{"gevraagdeHandeling", "Terugbellen"},
                                          {"aanleidinggevendKlantcontact", ref(kc)},
                                          {"toegewezenAanActor", ref(act)},
                                          {"status", "te_verwerken"}});
  REQUIRE_MESSAGE(t.status == HttpStatus::created, dump(t));
  const Uuid taak = uuid_van(t.body);
  check_vorm(t.body, "internetaken", kInterneTaakKeys);
  check_ref(t.body.at("toegewezenAanActor"), "actoren", act);  // both forms (§1.9 item 7)
  REQUIRE(t.body.at("toegewezenAanActoren").as_array().size() == 1);
  check_ref(t.body.at("toegewezenAanActoren").at(0), "actoren", act);
  CHECK(t.body.at("toegewezenOp").as_string() == kNu);
  CHECK(t.body.at("afgehandeldOp").is_null());
  CHECK(t.body.at("toelichting").as_string() == "");

  // KI-IT-004: verwerkt sets afgehandeldOp, te_verwerken clears it.
  auto klaar = reg.patch<InterneTaak>(taak, J(R"({"status": "verwerkt"})"));
  REQUIRE_MESSAGE(klaar.ok(), dump(klaar));
  CHECK(klaar.body.at("afgehandeldOp").as_string() == kNu);
  auto weer = reg.patch<InterneTaak>(taak, J(R"({"status": "te_verwerken"})"));
  CHECK(weer.body.at("afgehandeldOp").is_null());
  // No actors: the single form is {"uuid": null}.
  auto zonder = reg.patch<InterneTaak>(taak, J(R"({"toegewezenAanActoren": []})"));
  REQUIRE_MESSAGE(zonder.ok(), dump(zonder));
  CHECK(zonder.body.at("toegewezenAanActor").at("uuid").is_null());

  auto ak = reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(kc)}});
  REQUIRE_MESSAGE(ak.status == HttpStatus::created, dump(ak));
  check_vorm(ak.body, "actorklantcontacten", lijst({"uuid", "url", "actor", "klantcontact"}));
  // klantcontact.hadBetrokkenActoren: full Actor objects; leiddeTotInterneTaken refs.
  auto k = reg.get<Klantcontact>(kc);
  REQUIRE(k.body.at("hadBetrokkenActoren").as_array().size() == 1);
  CHECK(k.body.at("hadBetrokkenActoren").at(0) == reg.get<Actor>(act).body);
  REQUIRE(k.body.at("leiddeTotInterneTaken").as_array().size() == 1);
  check_ref(k.body.at("leiddeTotInterneTaken").at(0), "internetaken", taak);

  // F9810-like PUT of an actor changing soortActor with its detail.
  auto put = reg.update<Actor>(act, J(R"({"naam": "Scanstraat", "soortActor": "geautomatiseerde_actor",
                                         "actorIdentificatie": {"functie": "scannen"}})"));
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(put.body.at("actorIdentificatie") == J(R"({"functie": "scannen", "omschrijving": ""})"));
}

// Every other resource: create, shape, get, PUT, PATCH, list, delete.
TEST_CASE("register: the remaining resources through the collection-name calls") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid p = persoon(reg);
  const Uuid p2 = organisatie(reg);
  const Uuid cat = gemaakt(reg.create<Categorie>(J(R"({"naam": "Ondernemer"})")));

  struct Geval {
    std::string collectie;
    value body;
    std::vector<std::string> keys;
    value patch;
  };
  const std::vector<Geval> gevallen = {
      {"onderwerpobjecten",
       object{{"klantcontact", ref(kc)}, {"wasKlantcontact", nullptr},
              {"onderwerpobjectidentificator", {{"objectId", "Z-1"}, {"codeObjecttype", "zaak"}, {"codeRegister", "open-zaak"}, {"codeSoortObjectId", "uuid"}}}},
       lijst({"uuid", "url", "klantcontact", "wasKlantcontact", "onderwerpobjectidentificator"}),
       J(R"({"onderwerpobjectidentificator": {"objectId": "Z-2"}})")},
      {"bijlagen", object{{"wasBijlageVanKlantcontact", ref(kc)}, {"bijlageidentificator", {{"objectId", "D-1"}}}},
       lijst({"uuid", "url", "wasBijlageVanKlantcontact", "bijlageidentificator"}),
       J(R"({"bijlageidentificator": {"objectId": "D-2", "codeRegister": "drc"}})")},
      {"partij-identificatoren", object{{"identificeerdePartij", ref(p)}, {"partijIdentificator", bsn_item(kBsn).at("partijIdentificator")}},
       lijst({"uuid", "url", "identificeerdePartij", "anderePartijIdentificator", "partijIdentificator", "subIdentificatorVan"}),
       J(R"({"anderePartijIdentificator": "oud"})")},
      {"digitaleadressen", adres_body("info@example.nl", &p), kDigitaalAdresKeys,
       J(R"({"omschrijving": "werk", "verificatieDatum": "2024-01-02"})")},
      {"rekeningnummers", object{{"partij", ref(p)}, {"iban", "NL91ABNA0417164300"}},
       lijst({"uuid", "url", "partij", "iban", "bic"}), J(R"({"bic": "ABNANL2A"})")},
      {"vertegenwoordigingen", object{{"vertegenwoordigendePartij", ref(p)}, {"vertegenwoordigdePartij", ref(p2)}},
       lijst({"uuid", "url", "vertegenwoordigendePartij", "vertegenwoordigdePartij"}), value(object{})},
      {"categorieen", J(R"({"naam": "Inwoner"})"), lijst({"uuid", "url", "naam"}), J(R"({"naam": "Bewoner"})")},
      {"categorie-relaties", object{{"partij", ref(p)}, {"categorie", ref(cat)}},
       lijst({"uuid", "url", "partij", "categorie", "beginDatum", "eindDatum"}), J(R"({"eindDatum": "2030-01-01"})")},
  };
  for (const auto& g : gevallen) {
    CAPTURE(g.collectie);
    auto a = reg.create(g.collectie, g.body);
    REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
    check_vorm(a.body, g.collectie, g.keys);
    const Uuid u = uuid_van(a.body);
    CHECK(reg.get(g.collectie, u).body == a.body);
    auto put = reg.update(g.collectie, u, g.body);
    REQUIRE_MESSAGE(put.status == HttpStatus::ok, dump(put));
    CHECK(put.body == a.body);  // the same values again
    auto pa = reg.patch(g.collectie, u, g.patch);
    REQUIRE_MESSAGE(pa.status == HttpStatus::ok, dump(pa));
    for (const auto& kv : g.patch.as_object()) {
      if (kv.value().is_object()) {
        // A group is replaced as a whole: the keys not sent are empty.
        for (const auto& sub : pa.body.at(kv.key()).as_object())
          CHECK(sub.value() == (kv.value().as_object().contains(sub.key()) ? kv.value().at(sub.key()) : value("")));
      } else {
        CHECK(pa.body.at(kv.key()) == kv.value());
      }
    }
    auto l = reg.list(g.collectie);
    REQUIRE(l.ok());
    const auto gevonden = uuids(l.body.at("results"));
    CHECK(std::find(gevonden.begin(), gevonden.end(), u) != gevonden.end());
    CHECK(reg.remove(g.collectie, u).status == HttpStatus::no_content);
    CHECK(reg.get(g.collectie, u).status == HttpStatus::not_found);
  }
  // CategorieRelatie: beginDatum defaults to today; categorie carries its naam.
  auto cr = reg.create<CategorieRelatie>(object{{"partij", ref(p)}, {"categorie", ref(cat)}});
  CHECK(cr.body.at("beginDatum").as_string() == "2024-05-06");
  CHECK(cr.body.at("categorie").at("naam").as_string() == "Ondernemer");
  auto pj = reg.get<Partij>(p);
  REQUIRE(pj.body.at("categorieRelaties").as_array().size() == 1);
  CHECK(pj.body.at("categorieRelaties").at(0).at("categorieNaam").as_string() == "Ondernemer");
  // Vertegenwoordigden: partij.vertegenwoordigden lists the represented partijen.
  reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(p)}, {"vertegenwoordigdePartij", ref(p2)}});
  auto vt = reg.get<Partij>(p);
  REQUIRE(vt.body.at("vertegenwoordigden").as_array().size() == 1);
  check_ref(vt.body.at("vertegenwoordigden").at(0), "partijen", p2);

  CHECK(reg.create("bestaat-niet", J("{}")).status == HttpStatus::not_found);
  CHECK(reg.list("bestaat-niet").status == HttpStatus::not_found);
}

TEST_CASE("register: PUT keeps omitted optional fields, resets verdereActieOndernomen; PATCH merges") {
  Register reg(opties());
  auto b = klantcontact_body();
  b["inhoud"] = "Vraag";
  b["verdereActieOndernomen"] = true;
  b["nummer"] = "42";
  b["metadata"] = {{"zaak", "Z-1"}};
  const Uuid kc = gemaakt(reg.create<Klantcontact>(b));
  auto put = reg.update<Klantcontact>(kc, klantcontact_body());
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(put.body.at("inhoud").as_string() == "Vraag");
  CHECK(put.body.at("nummer").as_string() == "42");
  CHECK(put.body.at("metadata") == J(R"({"zaak": "Z-1"})"));
  CHECK(put.body.at("verdereActieOndernomen") == value(false));
  auto pa = reg.patch<Klantcontact>(kc, J(R"({"verdereActieOndernomen": true})"));
  auto pa2 = reg.patch<Klantcontact>(kc, J(R"({"inhoud": "Nieuw"})"));
  CHECK(pa.body.at("verdereActieOndernomen") == value(true));
  CHECK(pa2.body.at("verdereActieOndernomen") == value(true));  // PATCH keeps it
  // PUT with null for a nullable field sets null.
  auto b2 = klantcontact_body();
  b2["nummer"] = nullptr;
  auto put2 = reg.update<Klantcontact>(kc, b2);
  CHECK(put2.body.at("nummer").is_null());
}

TEST_CASE("register: Partij PUT/PATCH partijIdentificatoren — unlisted ones deleted, listed kept, absent unchanged") {
  Register reg(opties());
  auto body = persoon_body();
  body["partijIdentificatoren"] = array{bsn_item(kBsn), kvk_item(kKvk)};
  auto a = reg.create<Partij>(body);
  REQUIRE_MESSAGE(a.status == HttpStatus::created, dump(a));
  const Uuid p = uuid_van(a.body);
  const Uuid bsn = uuid_van(a.body.at("partijIdentificatoren").at(0));
  const Uuid kvk = uuid_van(a.body.at("partijIdentificatoren").at(1));
  CHECK(reg.count<PartijIdentificator>() == 2);

  // PATCH without the list: unchanged.
  auto zonder = reg.patch<Partij>(p, J(R"({"interneNotitie": "x"})"));
  CHECK(zonder.body.at("partijIdentificatoren").as_array().size() == 2);
  // PATCH with null: unchanged.
  auto met_null = reg.patch<Partij>(p, J(R"({"partijIdentificatoren": null})"));
  REQUIRE_MESSAGE(met_null.ok(), dump(met_null));
  CHECK(met_null.body.at("partijIdentificatoren").as_array().size() == 2);

  // PUT listing the bsn (by uuid) and a new one: the kvk is deleted.
  auto item = bsn_item(kBsn);
  item["uuid"] = S(bsn);
  auto put_body = persoon_body();
  put_body["partijIdentificatoren"] = array{item, object{{"partijIdentificator", {{"codeObjecttype", "niet_natuurlijk_persoon"}, {"codeSoortObjectId", "rsin"}, {"objectId", "296648875"}, {"codeRegister", "hr"}}}}};
  auto put = reg.update<Partij>(p, put_body);
  REQUIRE_MESSAGE(put.ok(), dump(put));
  const auto ids = uuids(put.body.at("partijIdentificatoren"));
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == bsn);
  CHECK(reg.get<PartijIdentificator>(kvk).status == HttpStatus::not_found);
  CHECK(reg.count<PartijIdentificator>() == 2);

  // PATCH with []: all deleted.
  auto leeg = reg.patch<Partij>(p, J(R"({"partijIdentificatoren": []})"));
  REQUIRE_MESSAGE(leeg.ok(), dump(leeg));
  CHECK(leeg.body.at("partijIdentificatoren").as_array().empty());
  CHECK(reg.count<PartijIdentificator>() == 0);
}

TEST_CASE("register: Partij digitaleAdressen relink — listed moved here, unlisted unlinked") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid q = persoon(reg);
  const Uuid a1 = digitaal_adres(reg, "a1@example.nl", &p);
  const Uuid a2 = digitaal_adres(reg, "a2@example.nl", &p);
  const Uuid b1 = digitaal_adres(reg, "b1@example.nl", &q);
  // PATCH p: [a1, b1] — a2 unlinked, b1 moved from q.
  auto pa = reg.patch<Partij>(p, object{{"digitaleAdressen", array{ref(a1), ref(b1)}}, {"voorkeursDigitaalAdres", ref(b1)}});
  REQUIRE_MESSAGE(pa.ok(), dump(pa));
  CHECK(uuids(pa.body.at("digitaleAdressen")) == std::vector<Uuid>{a1, b1});
  check_ref(pa.body.at("voorkeursDigitaalAdres"), "digitaleadressen", b1);
  CHECK(reg.get<DigitaalAdres>(a2).body.at("verstrektDoorPartij").is_null());
  check_ref(reg.get<DigitaalAdres>(b1).body.at("verstrektDoorPartij"), "partijen", p);
  CHECK(reg.get<Partij>(q).body.at("digitaleAdressen").as_array().empty());
  // null unlinks all (model.md §5.1).
  auto nul = reg.patch<Partij>(p, J(R"({"digitaleAdressen": null, "voorkeursDigitaalAdres": null})"));
  REQUIRE_MESSAGE(nul.ok(), dump(nul));
  CHECK(nul.body.at("digitaleAdressen").as_array().empty());
  CHECK(reg.get<DigitaalAdres>(a1).body.at("verstrektDoorPartij").is_null());
  // Rekeningnummers the same way.
  const Uuid r1 = gemaakt(reg.create<Rekeningnummer>(J(R"({"iban": "NL91ABNA0417164300"})")));
  auto rk = reg.patch<Partij>(p, object{{"rekeningnummers", array{ref(r1)}}, {"voorkeursRekeningnummer", ref(r1)}});
  REQUIRE_MESSAGE(rk.ok(), dump(rk));
  check_ref(reg.get<Rekeningnummer>(r1).body.at("partij"), "partijen", p);
  check_ref(rk.body.at("voorkeursRekeningnummer"), "rekeningnummers", r1);
}

TEST_CASE("register: KI-DA-006 a new default address clears the previous default of the same soort") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  auto b1 = adres_body("a@example.nl", &p);
  b1["isStandaardAdres"] = true;
  const Uuid a1 = gemaakt(reg.create<DigitaalAdres>(b1));
  auto tel = adres_body("0612345678", &p, nullptr, "telefoonnummer");
  tel["isStandaardAdres"] = true;
  const Uuid t1 = gemaakt(reg.create<DigitaalAdres>(tel));
  auto b2 = adres_body("b@example.nl", &p);
  b2["isStandaardAdres"] = true;
  const Uuid a2 = gemaakt(reg.create<DigitaalAdres>(b2));
  CHECK(reg.get<DigitaalAdres>(a1).body.at("isStandaardAdres") == value(false));
  CHECK(reg.get<DigitaalAdres>(a2).body.at("isStandaardAdres") == value(true));
  CHECK(reg.get<DigitaalAdres>(t1).body.at("isStandaardAdres") == value(true));  // other soort
}

// ---- Cascades (model.md §10) ---------------------------------------------------

TEST_CASE("register: delete klantcontact cascades to betrokkenen, onderwerpobjecten, bijlagen, actorklantcontacten, internetaken") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid ander = klantcontact(reg);
  const Uuid act = actor(reg);
  const Uuid b = betrokkene(reg, kc);
  const Uuid adres = digitaal_adres(reg, "x@example.nl", nullptr, &b);
  const Uuid oo1 = gemaakt(reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc)}}));
  const Uuid oo2 = gemaakt(reg.create<Onderwerpobject>(object{{"klantcontact", ref(ander)}, {"wasKlantcontact", ref(kc)}}));
  const Uuid bij = gemaakt(reg.create<Bijlage>(object{{"wasBijlageVanKlantcontact", ref(kc)}}));
  const Uuid ak = gemaakt(reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(kc)}}));
  const Uuid taak = interne_taak(reg, kc, act);
  REQUIRE(reg.remove<Klantcontact>(kc).status == HttpStatus::no_content);
  CHECK_FALSE(reg.vind<Betrokkene>(b));
  CHECK_FALSE(reg.vind<Onderwerpobject>(oo1));
  CHECK_FALSE(reg.vind<Onderwerpobject>(oo2));
  CHECK_FALSE(reg.vind<Bijlage>(bij));
  CHECK_FALSE(reg.vind<ActorKlantcontact>(ak));
  CHECK_FALSE(reg.vind<InterneTaak>(taak));
  CHECK(reg.vind<Actor>(act));
  CHECK(reg.vind<Klantcontact>(ander));
  // The betrokkene's address stays, unlinked.
  CHECK(reg.get<DigitaalAdres>(adres).body.at("verstrektDoorBetrokkene").is_null());
  CHECK(reg.get<Klantcontact>(ander).body.at("gingOverOnderwerpobjecten").as_array().empty());
}

TEST_CASE("register: delete partij cascades to identificatoren, addresses, accounts, vertegenwoordigingen, relaties, betrokkenen") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  const Uuid q = organisatie(reg);
  const Uuid kc = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc, &p);
  const Uuid da = digitaal_adres(reg, "p@example.nl", &p);
  const Uuid rn = gemaakt(reg.create<Rekeningnummer>(object{{"partij", ref(p)}, {"iban", "NL91ABNA0417164300"}}));
  const Uuid v1 = gemaakt(reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(p)}, {"vertegenwoordigdePartij", ref(q)}}));
  const Uuid v2 = gemaakt(reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(q)}, {"vertegenwoordigdePartij", ref(p)}}));
  const Uuid cat = gemaakt(reg.create<Categorie>(J(R"({"naam": "x"})")));
  const Uuid cr = gemaakt(reg.create<CategorieRelatie>(object{{"partij", ref(p)}, {"categorie", ref(cat)}}));
  REQUIRE(reg.remove<Partij>(p).status == HttpStatus::no_content);
  CHECK(reg.count<PartijIdentificator>() == 0);
  for (bool weg : {!reg.vind<Betrokkene>(b), !reg.vind<DigitaalAdres>(da), !reg.vind<Rekeningnummer>(rn),
                   !reg.vind<Vertegenwoordigden>(v1), !reg.vind<Vertegenwoordigden>(v2),
                   !reg.vind<CategorieRelatie>(cr)})
    CHECK(weg);
  CHECK(reg.vind<Klantcontact>(kc));
  CHECK(reg.vind<Categorie>(cat));
  CHECK(reg.get<Partij>(q).body.at("vertegenwoordigden").as_array().empty());
}

TEST_CASE("register: delete a digitaal adres / rekeningnummer that is a voorkeur sets the voorkeur to null") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid da = digitaal_adres(reg, "p@example.nl", &p);
  const Uuid rn = gemaakt(reg.create<Rekeningnummer>(object{{"partij", ref(p)}, {"iban", "NL91ABNA0417164300"}}));
  REQUIRE(reg.patch<Partij>(p, object{{"voorkeursDigitaalAdres", ref(da)}, {"voorkeursRekeningnummer", ref(rn)}}).ok());
  REQUIRE(reg.remove<DigitaalAdres>(da).status == HttpStatus::no_content);
  auto g = reg.get<Partij>(p);
  CHECK(g.body.at("voorkeursDigitaalAdres").is_null());
  CHECK(g.body.at("digitaleAdressen").as_array().empty());
  REQUIRE(reg.remove<Rekeningnummer>(rn).status == HttpStatus::no_content);
  CHECK(reg.get<Partij>(p).body.at("voorkeursRekeningnummer").is_null());
}

TEST_CASE("register: delete betrokkene unlinks its digitale adressen") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc);
  const Uuid da = digitaal_adres(reg, "b@example.nl", nullptr, &b);
  REQUIRE(reg.get<Betrokkene>(b).body.at("digitaleAdressen").as_array().size() == 1);
  REQUIRE(reg.remove<Betrokkene>(b).status == HttpStatus::no_content);
  auto a = reg.get<DigitaalAdres>(da);
  REQUIRE(a.ok());
  CHECK(a.body.at("verstrektDoorBetrokkene").is_null());
}

TEST_CASE("register: delete actor removes its actorklantcontacten and unassigns its tasks") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid act = actor(reg);
  const Uuid ak = gemaakt(reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(kc)}}));
  const Uuid taak = interne_taak(reg, kc, act);
  REQUIRE(reg.remove<Actor>(act).status == HttpStatus::no_content);
  CHECK_FALSE(reg.vind<ActorKlantcontact>(ak));
  auto t = reg.get<InterneTaak>(taak);
  CHECK(t.body.at("toegewezenAanActoren").as_array().empty());
  CHECK(reg.get<Klantcontact>(kc).body.at("hadBetrokkenActoren").as_array().empty());
}

TEST_CASE("register: KI-PI-016 delete of a parent identificator is refused; the child first, then the parent") {
  Register reg(opties());
  const Uuid p = organisatie(reg);
  auto kvk = reg.create<PartijIdentificator>(object{{"identificeerdePartij", ref(p)}, {"partijIdentificator", kvk_item(kKvk).at("partijIdentificator")}});
  const Uuid ouder = gemaakt(kvk);
  const Uuid kind = gemaakt(reg.create<PartijIdentificator>(object{
      {"subIdentificatorVan", ref(ouder)},
      {"partijIdentificator", {{"codeObjecttype", "vestiging"}, {"codeSoortObjectId", "vestigingsnummer"}, {"objectId", "296648875154"}, {"codeRegister", "hr"}}}}));
  const std::string voor = reg.export_snapshot();
  check_fout(reg.remove<PartijIdentificator>(ouder), "nonFieldErrors", "invalid",
             "Cannot delete some instances of model 'PartijIdentificator' because they are "
             "referenced through protected foreign keys: 'PartijIdentificator.sub_identificator_van'.");
  // Deleting the partij would take the parent along: refused as well.
  CHECK(reg.remove<Partij>(p).status == HttpStatus::invalid);
  CHECK(reg.export_snapshot() == voor);
  CHECK(reg.remove<PartijIdentificator>(kind).status == HttpStatus::no_content);
  CHECK(reg.remove<PartijIdentificator>(ouder).status == HttpStatus::no_content);
}

TEST_CASE("register: onderwerpobject cascade delete — klantcontact kept while another onderwerpobject refers to it") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid kc1 = klantcontact(reg);
  const Uuid kc2 = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc1);
  const Uuid los = digitaal_adres(reg, "los@example.nl", nullptr, &b);        // no partij: deleted
  const Uuid vast = digitaal_adres(reg, "vast@example.nl", &p, &b);           // partij: kept
  const Uuid oo = gemaakt(reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc1)}, {"wasKlantcontact", ref(kc2)}}));
  const Uuid ander = gemaakt(reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc2)}}));
  auto a = reg.remove_onderwerpobject_cascade(oo);
  REQUIRE_MESSAGE(a.status == HttpStatus::ok, dump(a));
  CHECK(a.body == value(object{{"behouden", array{value(url("klantcontacten", kc2))}}}));
  CHECK_FALSE(reg.vind<Onderwerpobject>(oo));
  CHECK_FALSE(reg.vind<Klantcontact>(kc1));
  CHECK_FALSE(reg.vind<Betrokkene>(b));
  CHECK_FALSE(reg.vind<DigitaalAdres>(los));
  CHECK(reg.vind<DigitaalAdres>(vast));
  CHECK(reg.vind<Klantcontact>(kc2));
  CHECK(reg.vind<Onderwerpobject>(ander));
  CHECK(reg.remove_onderwerpobject_cascade(oo).status == HttpStatus::not_found);
}

TEST_CASE("register: KI-GEN-014 a reference to a missing object is refused with '<Type> object bestaat niet.'") {
  Register reg(opties());
  const Uuid nergens = U("00000000-0000-4000-8000-000000000001");
  check_fout(reg.create<Betrokkene>(object{{"hadKlantcontact", ref(nergens)}, {"rol", "klant"}, {"initiator", true}}),
             "hadKlantcontact.uuid", "invalid", "Klantcontact object bestaat niet.");
  const Uuid kc = klantcontact(reg);
  CHECK(reg.create<Betrokkene>(object{{"hadKlantcontact", ref(kc)}, {"rol", "klant"}, {"initiator", true}}).ok());
}

}  // namespace
}  // namespace ki::regtest
