// List endpoints: the filters of Open Klant's filtersets, pagination exactly
// as DRF writes it (model.md §9, §1.9 item 8), unknown parameters, expand.

#include <string>

#include "klantinteracties/cases/c9018.hpp"
#include "test_register_hulp.hpp"

namespace ki::regtest {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

std::vector<Uuid> treffers(const Register& reg, std::string_view collectie, const Query& q) {
  auto a = reg.list(collectie, q);
  REQUIRE_MESSAGE(a.status == HttpStatus::ok, dump(a));
  CHECK(a.body.at("count").to_number<std::size_t>() == a.body.at("results").as_array().size());
  return uuids(a.body.at("results"));
}

std::string coll(std::string_view c) { return std::string(kApi) + std::string(c); }

// ---- Pagination -------------------------------------------------------------------

TEST_CASE("register lists: count, next and previous exactly as DRF writes them") {
  Register reg(opties());
  std::vector<Uuid> alle;
  for (int i = 0; i < 5; ++i) alle.push_back(klantcontact(reg));
  auto p1 = reg.list<Klantcontact>({{"pageSize", "2"}});
  REQUIRE(p1.ok());
  CHECK(p1.body.at("count") == value(5));
  CHECK(p1.body.at("next").as_string() == coll("klantcontacten") + "?page=2&pageSize=2");
  CHECK(p1.body.at("previous").is_null());
  CHECK(uuids(p1.body.at("results")) == std::vector<Uuid>{alle[0], alle[1]});
  auto p2 = reg.list<Klantcontact>({{"pageSize", "2"}, {"page", "2"}});
  CHECK(p2.body.at("next").as_string() == coll("klantcontacten") + "?page=3&pageSize=2");
  CHECK(p2.body.at("previous").as_string() == coll("klantcontacten") + "?pageSize=2");
  CHECK(uuids(p2.body.at("results")) == std::vector<Uuid>{alle[2], alle[3]});
  auto p3 = reg.list<Klantcontact>({{"page", "3"}, {"pageSize", "2"}});
  CHECK(p3.body.at("next").is_null());
  CHECK(p3.body.at("previous").as_string() == coll("klantcontacten") + "?page=2&pageSize=2");
  CHECK(uuids(p3.body.at("results")) == std::vector<Uuid>{alle[4]});
  // Pages beyond the last, page 0 and a non-number: 404 (DRF "Ongeldige pagina.").
  CHECK(reg.list<Klantcontact>({{"page", "4"}, {"pageSize", "2"}}).status == HttpStatus::not_found);
  CHECK(reg.list<Klantcontact>({{"page", "0"}}).status == HttpStatus::not_found);
  CHECK(reg.list<Klantcontact>({{"page", "twee"}}).status == HttpStatus::not_found);
  // Page 1 of an empty list is fine.
  auto leeg = reg.list<Bijlage>();
  CHECK(leeg.body == J(R"({"count": 0, "next": null, "previous": null, "results": []})"));
  CHECK(reg.list<Bijlage>({{"page", "1"}}).ok());
  CHECK(reg.list<Bijlage>({{"page", "2"}}).status == HttpStatus::not_found);
}

TEST_CASE("register lists: pages after removals and replacements, and pages too far to count") {
  Register reg(opties());
  std::vector<Uuid> alle;
  for (int i = 0; i < 6; ++i) alle.push_back(klantcontact(reg, i % 2 ? "email" : "telefoon"));
  REQUIRE(reg.remove<Klantcontact>(alle[1]).status == HttpStatus::no_content);
  REQUIRE(reg.remove<Klantcontact>(alle[2]).status == HttpStatus::no_content);
  REQUIRE(reg.patch<Klantcontact>(alle[3], object{{"inhoud", "bijgewerkt"}}).ok());
  // Without a filter: no gap where the removed ones were, the patched one in its place.
  auto p1 = reg.list<Klantcontact>({{"pageSize", "2"}});
  CHECK(p1.body.at("count") == value(4));
  CHECK(uuids(p1.body.at("results")) == std::vector<Uuid>{alle[0], alle[3]});
  auto p2 = reg.list<Klantcontact>({{"pageSize", "2"}, {"page", "2"}});
  CHECK(uuids(p2.body.at("results")) == std::vector<Uuid>{alle[4], alle[5]});
  CHECK(p2.body.at("next").is_null());
  // With a filter: the count of all matches, the page of them.
  auto e = reg.list<Klantcontact>({{"pageSize", "1"}, {"page", "2"}, {"kanaal", "email"}});
  CHECK(e.body.at("count") == value(2));
  CHECK(uuids(e.body.at("results")) == std::vector<Uuid>{alle[5]});
  // A page whose offset does not fit in a number: not found, not a wrap-around
  // ((2^62 + 1 - 1) * 100 is 0 modulo 2^64).
  CHECK(reg.list<Klantcontact>({{"page", "18446744073709551615"}}).status == HttpStatus::not_found);
  CHECK(reg.list<Klantcontact>({{"page", "4611686018427387905"}}).status == HttpStatus::not_found);
}

TEST_CASE("register lists: the query of the links is sorted by name and URL-encoded") {
  Register reg(opties());
  klantcontact(reg, "telefoon");
  klantcontact(reg, "telefoon");
  auto a = reg.list<Klantcontact>({{"pageSize", "1"}, {"kanaal", "telefoon"}});
  CHECK(a.body.at("next").as_string() == coll("klantcontacten") + "?kanaal=telefoon&page=2&pageSize=1");
  auto b = reg.list<Klantcontact>({{"pageSize", "1"}, {"page", "2"}, {"kanaal", "telefoon"}});
  CHECK(b.body.at("previous").as_string() == coll("klantcontacten") + "?kanaal=telefoon&pageSize=1");
  digitaal_adres(reg, "a@b.nl", nullptr);
  digitaal_adres(reg, "a@b.nl", nullptr);
  auto c = reg.list<DigitaalAdres>({{"adres", "a@b.nl"}, {"pageSize", "1"}, {"expand", "verstrektDoorBetrokkene"}});
  CHECK(c.body.at("count") == value(2));
  CHECK(c.body.at("next").as_string() ==
        coll("digitaleadressen") + "?adres=a%40b.nl&expand=verstrektDoorBetrokkene&page=2&pageSize=1");
}

TEST_CASE("register lists: page size default 100, maximum 500") {
  Register reg(opties());
  for (int i = 0; i < 501; ++i) reg.create<Categorie>(object{{"naam", std::to_string(i)}});
  auto d = reg.list<Categorie>();
  CHECK(d.body.at("count") == value(501));
  CHECK(d.body.at("results").as_array().size() == 100);
  CHECK(d.body.at("next").as_string() == coll("categorieen") + "?page=2");
  auto p2 = reg.list<Categorie>({{"page", "2"}});
  CHECK(p2.body.at("previous").as_string() == coll("categorieen"));  // no ?page=1
  auto m = reg.list<Categorie>({{"pageSize", "1000"}});
  CHECK(m.body.at("results").as_array().size() == 500);
  CHECK(m.body.at("next").as_string() == coll("categorieen") + "?page=2&pageSize=1000");
  auto laatste = reg.list<Categorie>({{"pageSize", "1000"}, {"page", "2"}});
  CHECK(laatste.body.at("results").as_array().size() == 1);
  CHECK(laatste.body.at("results").at(0).at("naam").as_string() == "500");
  // An invalid page size falls back to the default.
  CHECK(reg.list<Categorie>({{"pageSize", "nul"}}).body.at("results").as_array().size() == 100);
}

TEST_CASE("register lists: an unknown query parameter is 400 unknown-parameters") {
  Register reg(opties());
  check_fout(reg.list<Klantcontact>({{"foo", "1"}}), "nonFieldErrors", "unknown-parameters",
             "Onbekende query parameters: foo");
  // Checked before the page; `expand` is unknown where there is nothing to expand.
  check_fout(reg.list<Klantcontact>({{"page", "9"}, {"kanaal__icontains", "x"}}), "nonFieldErrors",
             "unknown-parameters", "Onbekende query parameters: kanaal__icontains");
  check_fout(reg.list<Actor>({{"expand", "x"}}), "nonFieldErrors", "unknown-parameters",
             "Onbekende query parameters: expand");
  auto twee = reg.list<Partij>({{"a", "1"}, {"b", "2"}});
  REQUIRE(twee.status == HttpStatus::invalid);
  CHECK(twee.invalid_params().at(0).reason == "Onbekende query parameters: a, b");
  CHECK(reg.list<Categorie>({{"naam", "x"}}).status == HttpStatus::invalid);  // no filters at all
}

// ---- Expand -----------------------------------------------------------------------

TEST_CASE("register lists: _expand {} on every list element, the named relations with expand") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid kc = klantcontact(reg);
  const Uuid kc2 = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc, &p);
  const Uuid da = digitaal_adres(reg, "b@example.nl", &p, &b);
  const Uuid act = actor(reg);
  const Uuid taak = interne_taak(reg, kc, act);

  auto kale = reg.list<Klantcontact>();
  for (const auto& el : kale.body.at("results").as_array()) CHECK(el.at("_expand") == J("{}"));
  for (auto c : {"betrokkenen", "partijen", "digitaleadressen"}) {
    const auto lijst = reg.list(c);  // kept: a range-for does not extend a temporary's member
    for (const auto& el : lijst.body.at("results").as_array()) CHECK(el.at("_expand") == J("{}"));
  }
  const auto taken = reg.list("internetaken");
  for (const auto& el : taken.body.at("results").as_array())
    CHECK_FALSE(el.as_object().contains("_expand"));  // not an Expand* type

  auto met = reg.list<Klantcontact>({{"expand", "hadBetrokkenen,leiddeTotInterneTaken"}});
  const auto& r = met.body.at("results").as_array();
  REQUIRE(r.size() == 2);
  CHECK(sleutels(r[0].at("_expand")) == lijst({"hadBetrokkenen", "leiddeTotInterneTaken"}));
  REQUIRE(r[0].at("_expand").at("hadBetrokkenen").as_array().size() == 1);
  CHECK(r[0].at("_expand").at("hadBetrokkenen").at(0) == reg.get<Betrokkene>(b).body);
  CHECK(r[0].at("_expand").at("leiddeTotInterneTaken").at(0) == reg.get<InterneTaak>(taak).body);
  CHECK(r[1].at("_expand") == J(R"({"hadBetrokkenen": [], "leiddeTotInterneTaken": []})"));
  CHECK(uuid_van(r[1]) == kc2);

  // Detail: _expand only when asked; nested paths.
  auto d = reg.get<Klantcontact>(kc, "hadBetrokkenen.wasPartij");
  const auto& eb = d.body.at("_expand").at("hadBetrokkenen").at(0);
  CHECK(eb.at("_expand").at("wasPartij") == reg.get<Partij>(p).body);
  auto pd = reg.get<Partij>(p, "digitaleAdressen,betrokkenen.hadKlantcontact");
  CHECK(pd.body.at("_expand").at("digitaleAdressen").at(0) == reg.get<DigitaalAdres>(da).body);
  CHECK(pd.body.at("_expand").at("betrokkenen").at(0).at("_expand").at("hadKlantcontact") ==
        reg.get<Klantcontact>(kc).body);
  auto ad = reg.list<DigitaalAdres>({{"expand", "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken"}});
  const auto& eba = ad.body.at("results").at(0).at("_expand").at("verstrektDoorBetrokkene");
  CHECK(uuid_van(eba) == b);
  const auto& ekc = eba.at("_expand").at("hadKlantcontact");
  CHECK(uuid_van(ekc) == kc);
  CHECK(uuids(ekc.at("_expand").at("leiddeTotInterneTaken")) == std::vector<Uuid>{taak});
  const Uuid los = digitaal_adres(reg, "los@example.nl", nullptr);
  CHECK(reg.get<DigitaalAdres>(los, "verstrektDoorBetrokkene").body.at("_expand") ==
        J(R"({"verstrektDoorBetrokkene": null})"));
  auto bd = reg.get<Betrokkene>(b, "digitaleAdressen");
  CHECK(uuids(bd.body.at("_expand").at("digitaleAdressen")) == std::vector<Uuid>{da});
}

// ---- Filters ----------------------------------------------------------------------

TEST_CASE("register filters: partij by partij-identificator values and by vestiging under a KvK-nummer") {
  Register reg(opties());
  const Uuid anna = persoon(reg, kBsn);
  const Uuid jan = persoon(reg, kBsn2);
  auto org = persoon_body();
  org["soortPartij"] = "organisatie";
  org["partijIdentificatoren"] = array{kvk_item(kKvk)};
  auto o = reg.create<Partij>(org);
  const Uuid bedrijf = uuid_van(o.body);
  const Uuid kvk = uuid_van(o.body.at("partijIdentificatoren").at(0));
  auto vest = persoon_body();
  vest["soortPartij"] = "organisatie";
  vest["partijIdentificatoren"] = array{object{{"partijIdentificator", {{"codeObjecttype", "vestiging"}, {"codeSoortObjectId", "vestigingsnummer"}, {"objectId", "296648875154"}, {"codeRegister", "hr"}}}, {"subIdentificatorVan", ref(kvk)}}};
  const Uuid vestiging = gemaakt(reg.create<Partij>(vest));

  CHECK(treffers(reg, "partijen", {{"partijIdentificator__objectId", std::string(kBsn)}}) == std::vector<Uuid>{anna});
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__objectId", std::string(kBsn)}, {"partijIdentificator__codeSoortObjectId", "bsn"}}) == std::vector<Uuid>{anna});
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__objectId", std::string(kBsn)}, {"partijIdentificator__codeSoortObjectId", "kvk_nummer"}}).empty());
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__codeRegister", "brp"}}) == std::vector<Uuid>{anna, jan});
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__codeObjecttype", "niet_natuurlijk_persoon"}}) == std::vector<Uuid>{bedrijf});
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__objectId", "296648875154"}, {"subIdentificatorVan__objectId", std::string(kKvk)}}) == std::vector<Uuid>{vestiging});
  CHECK(treffers(reg, "partijen", {{"subIdentificatorVan__codeSoortObjectId", "kvk_nummer"}}) == std::vector<Uuid>{vestiging});
  CHECK(treffers(reg, "partijen", {{"soortPartij", "organisatie"}}) == std::vector<Uuid>{bedrijf, vestiging});
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__objectId", "000000000"}}).empty());
  // The index follows updates and deletes.
  REQUIRE(reg.patch<Partij>(jan, J(R"({"partijIdentificatoren": []})")).ok());
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__objectId", std::string(kBsn2)}}).empty());
  REQUIRE(reg.remove<Partij>(anna).status == HttpStatus::no_content);
  CHECK(treffers(reg, "partijen", {{"partijIdentificator__objectId", std::string(kBsn)}}).empty());
  CHECK(treffers(reg, "partij-identificatoren", {{"partijIdentificatorObjectId", std::string(kKvk)}, {"partijIdentificatorCodeSoortObjectId", "kvk_nummer"}}) == std::vector<Uuid>{kvk});
}

TEST_CASE("register filters: partij by the other parameters") {
  Register reg(opties());
  auto b = persoon_body();
  b["nummer"] = "77";
  b["indicatieGeheimhouding"] = true;
  b["bezoekadres"] = {{"adresregel1", "Spui 70"}, {"land", "NL"}};
  const Uuid p = gemaakt(reg.create<Partij>(b));
  const Uuid q = persoon(reg);
  const Uuid cat = gemaakt(reg.create<Categorie>(J(R"({"naam": "Ondernemer"})")));
  reg.create<CategorieRelatie>(object{{"partij", ref(q)}, {"categorie", ref(cat)}});
  reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(p)}, {"vertegenwoordigdePartij", ref(q)}});
  CHECK(treffers(reg, "partijen", {{"nummer", "77"}}) == std::vector<Uuid>{p});
  CHECK(treffers(reg, "partijen", {{"indicatieGeheimhouding", "true"}}) == std::vector<Uuid>{p});
  CHECK(treffers(reg, "partijen", {{"indicatieGeheimhouding", "False"}}).empty());  // null is not false
  CHECK(treffers(reg, "partijen", {{"indicatieActief", "misschien"}}) == std::vector<Uuid>{p, q});  // ignored
  CHECK(treffers(reg, "partijen", {{"bezoekadresAdresregel1", "Spui 70"}}) == std::vector<Uuid>{p});
  CHECK(treffers(reg, "partijen", {{"bezoekadresLand", "NL"}, {"correspondentieadresLand", ""}}) == std::vector<Uuid>{p});
  CHECK(treffers(reg, "partijen", {{"categorierelatie__categorie__naam", "Inwoner,Ondernemer"}}) == std::vector<Uuid>{q});
  CHECK(treffers(reg, "partijen", {{"vertegenwoordigdePartij__uuid", S(p)}}) == std::vector<Uuid>{q});
  CHECK(treffers(reg, "partijen", {{"vertegenwoordigdePartij__url", url("partijen", p)}}) == std::vector<Uuid>{q});
  CHECK(treffers(reg, "partijen", {{"vertegenwoordigdePartij__uuid", "geen-uuid"}}).empty());
}

TEST_CASE("register filters: digitale adressen by adres (exact and icontains) and the others") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  const Uuid kc = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc);
  const Uuid a1 = digitaal_adres(reg, "Anna@Example.nl", &p);
  const Uuid a2 = digitaal_adres(reg, "anna@example.nl.evil", nullptr, &b);
  const Uuid t = digitaal_adres(reg, "0612345678", &p, nullptr, "telefoonnummer");
  REQUIRE(reg.patch<DigitaalAdres>(t, J(R"({"verificatieDatum": "2024-03-01", "omschrijving": "Mobiel werk"})")).ok());
  CHECK(treffers(reg, "digitaleadressen", {{"adres", "Anna@Example.nl"}}) == std::vector<Uuid>{a1});
  CHECK(treffers(reg, "digitaleadressen", {{"adres", "anna@example.nl"}}).empty());
  CHECK(treffers(reg, "digitaleadressen", {{"adres__icontains", "ANNA@example"}}) == std::vector<Uuid>{a1, a2});
  CHECK(treffers(reg, "digitaleadressen", {{"soortDigitaalAdres", "telefoonnummer"}}) == std::vector<Uuid>{t});
  CHECK(treffers(reg, "digitaleadressen", {{"isGeverifieerd", "true"}}) == std::vector<Uuid>{t});
  CHECK(treffers(reg, "digitaleadressen", {{"isGeverifieerd", "0"}}) == std::vector<Uuid>{a1, a2});
  CHECK(treffers(reg, "digitaleadressen", {{"verificatieDatum__gte", "2024-03-01"}}) == std::vector<Uuid>{t});
  CHECK(treffers(reg, "digitaleadressen", {{"verificatieDatum__gt", "2024-03-01"}}).empty());
  CHECK(treffers(reg, "digitaleadressen", {{"verificatieDatum__lt", "2024-03-02"}}) == std::vector<Uuid>{t});
  CHECK(treffers(reg, "digitaleadressen", {{"verificatieDatum", "2024-03-01"}}) == std::vector<Uuid>{t});
  CHECK(treffers(reg, "digitaleadressen", {{"omschrijving", "werk"}}) == std::vector<Uuid>{t});
  CHECK(treffers(reg, "digitaleadressen", {{"verstrektDoorPartij__uuid", S(p)}}) == std::vector<Uuid>{a1, t});
  CHECK(treffers(reg, "digitaleadressen", {{"verstrektDoorPartij__url", url("partijen", p) + "/"}}) == std::vector<Uuid>{a1, t});
  CHECK(treffers(reg, "digitaleadressen", {{"verstrektDoorPartij__soortPartij", "persoon"}}) == std::vector<Uuid>{a1, t});
  CHECK(treffers(reg, "digitaleadressen", {{"verstrektDoorPartij__partijIdentificator__objectId", std::string(kBsn)}}) == std::vector<Uuid>{a1, t});
  CHECK(treffers(reg, "digitaleadressen", {{"verstrektDoorBetrokkene__uuid", S(b)}}) == std::vector<Uuid>{a2});
  CHECK(treffers(reg, "digitaleadressen", {{"verstrektDoorBetrokkene__rol", "klant"}}) == std::vector<Uuid>{a2});
  CHECK(treffers(reg, "digitaleadressen", {{"adres", ""}}).size() == 3);  // empty value: no filter
  // The adres index follows a PATCH.
  REQUIRE(reg.patch<DigitaalAdres>(a1, J(R"({"adres": "nieuw@example.nl"})")).ok());
  CHECK(treffers(reg, "digitaleadressen", {{"adres", "Anna@Example.nl"}}).empty());
  CHECK(treffers(reg, "digitaleadressen", {{"adres", "nieuw@example.nl"}}) == std::vector<Uuid>{a1});
}

TEST_CASE("register filters: klantcontacten by betrokkene partij, onderwerpobject identificator and period") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  auto met_moment = [&](std::string_view moment, std::string_view kanaal) {
    auto b = klantcontact_body(kanaal);
    b["plaatsgevondenOp"] = moment;
    return gemaakt(reg.create<Klantcontact>(b));
  };
  const Uuid k1 = met_moment("2024-01-10T09:00:00Z", "telefoon");
  const Uuid k2 = met_moment("2024-02-10T10:00:00+01:00", "email");  // 09:00Z
  const Uuid k3 = met_moment("2024-03-10T09:00:00", "telefoon");      // naive: UTC
  const Uuid b1 = betrokkene(reg, k1, &p);
  betrokkene(reg, k3, &p);
  betrokkene(reg, k2);
  reg.create<Onderwerpobject>(object{{"klantcontact", ref(k2)}, {"onderwerpobjectidentificator", {{"objectId", "ZAAK-1"}, {"codeObjecttype", "zaak"}}}});
  reg.create<Onderwerpobject>(object{{"klantcontact", ref(k1)}, {"wasKlantcontact", ref(k3)}, {"onderwerpobjectidentificator", {{"objectId", "ZAAK-2"}}}});

  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__wasPartij__uuid", S(p)}}) == std::vector<Uuid>{k1, k3});
  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__wasPartij__uuid", S(p)}, {"kanaal", "telefoon"}}) == std::vector<Uuid>{k1, k3});
  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__wasPartij__url", url("partijen", p)}}) == std::vector<Uuid>{k1, k3});
  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__wasPartij__partijIdentificator__objectId", std::string(kBsn)}}) == std::vector<Uuid>{k1, k3});
  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__wasPartij", "true"}}) == std::vector<Uuid>{k1, k3});
  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__wasPartij", "false"}}) == std::vector<Uuid>{k2});
  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__uuid", S(b1)}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"hadBetrokkene__url", url("betrokkenen", b1)}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"onderwerpobject__onderwerpobjectidentificatorObjectId", "ZAAK-1"}}) == std::vector<Uuid>{k2});
  CHECK(treffers(reg, "klantcontacten", {{"onderwerpobject__onderwerpobjectidentificatorCodeObjecttype", "zaak"}}) == std::vector<Uuid>{k2});
  CHECK(treffers(reg, "klantcontacten", {{"wasOnderwerpobject__onderwerpobjectidentificatorObjectId", "ZAAK-2"}}) == std::vector<Uuid>{k3});
  CHECK(treffers(reg, "klantcontacten", {{"plaatsgevondenOp", "2024-02-10T09:00:00Z"}}) == std::vector<Uuid>{k2});
  CHECK(treffers(reg, "klantcontacten", {{"plaatsgevondenOp__gte", "2024-02-10T09:00:00Z"}}) == std::vector<Uuid>{k2, k3});
  CHECK(treffers(reg, "klantcontacten", {{"plaatsgevondenOp__lt", "2024-02-10T09:00:00Z"}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"plaatsgevondenOp__gte", "2024-01-01"}, {"plaatsgevondenOp__lt", "2024-03-01"}, {"kanaal", "telefoon"}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"plaatsgevondenOp__gte", "gisteren"}}).empty());
  // The moment index follows a PATCH and a delete.
  REQUIRE(reg.patch<Klantcontact>(k1, J(R"({"plaatsgevondenOp": "2025-01-01T00:00:00Z"})")).ok());
  CHECK(treffers(reg, "klantcontacten", {{"plaatsgevondenOp__lt", "2024-02-10T09:00:00Z"}}).empty());
  REQUIRE(reg.remove<Klantcontact>(k3).status == HttpStatus::no_content);
  CHECK(treffers(reg, "klantcontacten", {{"plaatsgevondenOp__gte", "2024-02-10T09:00:00Z"}}) == std::vector<Uuid>{k1, k2});
}

TEST_CASE("register filters: klantcontacten by text, booleans and numbers") {
  Register reg(opties());
  auto b = klantcontact_body("telefoon", "Vraag over Afvalpas");
  b["inhoud"] = "Klant vraagt naar de AFVALPAS";
  b["reactie"] = "Uitgelegd";
  b["referentienummer"] = "123";
  b["vertrouwelijk"] = true;
  b["indicatieContactGelukt"] = true;
  const Uuid k1 = gemaakt(reg.create<Klantcontact>(b));
  const Uuid k2 = klantcontact(reg, "email");
  const Uuid act = actor(reg);
  interne_taak(reg, k2, act);
  CHECK(treffers(reg, "klantcontacten", {{"onderwerp", "afvalpas"}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"inhoud", "afvalpas"}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"reactie", "uitgelegd"}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"kanaal", "Telefoon"}}).empty());  // exact
  CHECK(treffers(reg, "klantcontacten", {{"referentienummer", "123"}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"vertrouwelijk", "false"}}) == std::vector<Uuid>{k2});
  CHECK(treffers(reg, "klantcontacten", {{"indicatieContactGelukt", "true"}}) == std::vector<Uuid>{k1});
  CHECK(treffers(reg, "klantcontacten", {{"leiddeTotInterneTaken", "true"}}) == std::vector<Uuid>{k2});
  CHECK(treffers(reg, "klantcontacten", {{"leiddeTotInterneTaken", "false"}}) == std::vector<Uuid>{k1});
}

TEST_CASE("register filters: interne taken by status and toegewezen actor") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid a1 = actor(reg, "Een");
  const Uuid a2 = actor(reg, "Twee");
  const Uuid t1 = interne_taak(reg, kc, a1);
  const Uuid t2 = interne_taak(reg, kc, a2);
  const Uuid t3 = interne_taak(reg, kc, a1, "verwerkt");
  CHECK(treffers(reg, "internetaken", {{"status", "te_verwerken"}}) == std::vector<Uuid>{t1, t2});
  CHECK(treffers(reg, "internetaken", {{"toegewezenAanActor__uuid", S(a1)}}) == std::vector<Uuid>{t1, t3});
  CHECK(treffers(reg, "internetaken", {{"status", "te_verwerken"}, {"toegewezenAanActor__uuid", S(a1)}}) == std::vector<Uuid>{t1});
  CHECK(treffers(reg, "internetaken", {{"toegewezenAanActor__url", url("actoren", a2)}}) == std::vector<Uuid>{t2});
  CHECK(treffers(reg, "internetaken", {{"actoren__naam", "Twee"}}) == std::vector<Uuid>{t2});
  CHECK(treffers(reg, "internetaken", {{"aanleidinggevendKlantcontact__uuid", S(kc)}}).size() == 3);
  CHECK(treffers(reg, "internetaken", {{"klantcontact__uuid", S(kc)}, {"status", "verwerkt"}}) == std::vector<Uuid>{t3});
  CHECK(treffers(reg, "internetaken", {{"toegewezenOp", std::string(kNu)}}).size() == 3);
  CHECK(treffers(reg, "internetaken", {{"status", "onbekend"}}).empty());
  // The status index follows a PATCH.
  REQUIRE(reg.patch<InterneTaak>(t1, J(R"({"status": "verwerkt"})")).ok());
  CHECK(treffers(reg, "internetaken", {{"status", "verwerkt"}}) == std::vector<Uuid>{t1, t3});
  CHECK(treffers(reg, "internetaken", {{"status", "te_verwerken"}}) == std::vector<Uuid>{t2});
}

TEST_CASE("register filters: betrokkenen, onderwerpobjecten, bijlagen, actoren and the link resources") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  auto kcb = klantcontact_body();
  kcb["nummer"] = "5";
  const Uuid kc = gemaakt(reg.create<Klantcontact>(kcb));
  const Uuid b1 = gemaakt(reg.create<Betrokkene>(object{{"hadKlantcontact", ref(kc)}, {"wasPartij", ref(p)}, {"rol", "klant"}, {"initiator", true},
                                                        {"contactnaam", {{"achternaam", "Jansen"}}}, {"organisatienaam", "ACME"}}));
  const Uuid b2 = betrokkene(reg, kc);
  digitaal_adres(reg, "b2@example.nl", nullptr, &b2);
  CHECK(treffers(reg, "betrokkenen", {{"contactnaamAchternaam", "Jansen"}}) == std::vector<Uuid>{b1});
  CHECK(treffers(reg, "betrokkenen", {{"organisatienaam", "ACME"}}) == std::vector<Uuid>{b1});
  CHECK(treffers(reg, "betrokkenen", {{"hadKlantcontact__nummer", "5"}}) == std::vector<Uuid>{b1, b2});
  CHECK(treffers(reg, "betrokkenen", {{"hadKlantcontact__uuid", S(kc)}}) == std::vector<Uuid>{b1, b2});
  CHECK(treffers(reg, "betrokkenen", {{"wasPartij__uuid", S(p)}}) == std::vector<Uuid>{b1});
  CHECK(treffers(reg, "betrokkenen", {{"wasPartij__partijIdentificator__objectId", std::string(kBsn)}}) == std::vector<Uuid>{b1});
  CHECK(treffers(reg, "betrokkenen", {{"verstrektedigitaalAdres__adres", "b2@example.nl"}}) == std::vector<Uuid>{b2});

  const Uuid oo = gemaakt(reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc)}, {"onderwerpobjectidentificator", {{"objectId", "Z-1"}, {"codeRegister", "open-zaak"}}}}));
  CHECK(treffers(reg, "onderwerpobjecten", {{"onderwerpobjectidentificatorObjectId", "Z-1"}}) == std::vector<Uuid>{oo});
  CHECK(treffers(reg, "onderwerpobjecten", {{"onderwerpobjectidentificatorCodeRegister", "open-zaak"}, {"klantcontact__uuid", S(kc)}}) == std::vector<Uuid>{oo});
  CHECK(treffers(reg, "onderwerpobjecten", {{"wasKlantcontact__uuid", S(kc)}}).empty());
  const Uuid bij = gemaakt(reg.create<Bijlage>(object{{"wasBijlageVanKlantcontact", ref(kc)}, {"bijlageidentificator", {{"objectId", "D-1"}}}}));
  CHECK(treffers(reg, "bijlagen", {{"klantcontact__uuid", S(kc)}, {"bijlageidentificatorObjectId", "D-1"}}) == std::vector<Uuid>{bij});

  const Uuid act = gemaakt(reg.create<Actor>(J(R"({"naam": "Fatima Yilmaz", "soortActor": "medewerker", "actoridentificator": {"objectId": "123456788", "codeRegister": "HR-systeem"}})")));
  CHECK(treffers(reg, "actoren", {{"naam", "yilmaz"}}) == std::vector<Uuid>{act});
  CHECK(treffers(reg, "actoren", {{"actoridentificatorObjectId", "123456788"}, {"soortActor", "medewerker"}}) == std::vector<Uuid>{act});
  const Uuid ak = gemaakt(reg.create<ActorKlantcontact>(object{{"actor", ref(act)}, {"klantcontact", ref(kc)}}));
  CHECK(treffers(reg, "actorklantcontacten", {{"actor__uuid", S(act)}}) == std::vector<Uuid>{ak});
  CHECK(treffers(reg, "actorklantcontacten", {{"klantcontact__url", url("klantcontacten", kc)}}) == std::vector<Uuid>{ak});

  const Uuid rn = gemaakt(reg.create<Rekeningnummer>(J(R"({"iban": "NL91ABNA0417164300", "bic": "ABNANL2A"})")));
  CHECK(treffers(reg, "rekeningnummers", {{"uuid", S(rn)}}) == std::vector<Uuid>{rn});
  CHECK(treffers(reg, "rekeningnummers", {{"uuid", "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2"}}).empty());
  CHECK(treffers(reg, "rekeningnummers", {{"iban", "NL91ABNA0417164300"}, {"bic", "ABNANL2A"}}) == std::vector<Uuid>{rn});
  const Uuid q = persoon(reg);
  const Uuid vt = gemaakt(reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(p)}, {"vertegenwoordigdePartij", ref(q)}}));
  CHECK(treffers(reg, "vertegenwoordigingen", {{"vertegenwoordigdePartij__uuid", S(q)}}) == std::vector<Uuid>{vt});
  CHECK(treffers(reg, "vertegenwoordigingen", {{"vertegenwoordigendePartij__url", url("partijen", p)}}) == std::vector<Uuid>{vt});
  const Uuid cat = gemaakt(reg.create<Categorie>(J(R"({"naam": "Ondernemer"})")));
  const Uuid cr = gemaakt(reg.create<CategorieRelatie>(object{{"partij", ref(p)}, {"categorie", ref(cat)}, {"beginDatum", "2024-01-11"}}));
  CHECK(treffers(reg, "categorie-relaties", {{"categorie__naam", "Ondernemer"}, {"beginDatum", "2024-01-11"}}) == std::vector<Uuid>{cr});
  CHECK(treffers(reg, "categorie-relaties", {{"partij__uuid", S(p)}, {"categorie__uuid", S(cat)}}) == std::vector<Uuid>{cr});
}

// ---- Search by name (an index; not an API filter) ----------------------------------

TEST_CASE("register partijen_op_naam: full contactnaam or organisatie naam, exact, in storage order") {
  Register reg(opties());
  const Uuid anna = persoon(reg);
  const Uuid bakker = organisatie(reg);
  const Uuid anna2 = gemaakt(reg.create<Partij>(persoon_body("Anna", "Jansen")));
  gemaakt(reg.create<Partij>(persoon_body("Bram", "Jansen")));
  CHECK(reg.partijen_op_naam("Anna Jansen") == std::vector<Uuid>{anna, anna2});
  CHECK(reg.partijen_op_naam("Bakkerij De Korenschoof") == std::vector<Uuid>{bakker});
  CHECK(reg.partijen_op_naam("anna jansen").empty());  // exact
  CHECK(reg.partijen_op_naam("Jansen").empty());
  CHECK(reg.partijen_op_naam("").empty());
  // The index follows updates and deletes.
  REQUIRE(reg.patch<Partij>(anna, J(R"({"soortPartij": "persoon", "partijIdentificatie": {"contactnaam":
      {"voornaam": "Anna", "voorvoegselAchternaam": "de", "achternaam": "Vries"}}})")).ok());
  CHECK(reg.partijen_op_naam("Anna Jansen") == std::vector<Uuid>{anna2});
  CHECK(reg.partijen_op_naam("Anna de Vries") == std::vector<Uuid>{anna});
  CHECK(reg.remove<Partij>(anna2).status == HttpStatus::no_content);
  CHECK(reg.partijen_op_naam("Anna Jansen").empty());
  CHECK(cases::zoek_partijen_op_naam(reg, "Anna de Vries") == std::vector<Uuid>{anna});
}

// ---- Typed look-ups (the indexes, no page) ------------------------------------------

TEST_CASE("register partijen_op_identificator, digitale_adressen_op_adres, partijen_op_digitaal_adres: the list filters' answers") {
  Register reg(opties());
  const Uuid anna = persoon(reg, kBsn);
  // The same objectId as another soort: a BSN search must not find it.
  auto org = persoon_body();
  org["soortPartij"] = "organisatie";
  org["partijIdentificatoren"] = array{object{{"partijIdentificator", {{"codeObjecttype", "niet_natuurlijk_persoon"},
      {"codeSoortObjectId", "rsin"}, {"objectId", kBsn}, {"codeRegister", "hr"}}}}};
  const Uuid bedrijf = gemaakt(reg.create<Partij>(org));
  const Uuid jan = persoon(reg, kBsn2);
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::bsn, kBsn) == std::vector<Uuid>{anna});
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::rsin, kBsn) == std::vector<Uuid>{bedrijf});
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::bsn, kBsn) ==
        treffers(reg, "partijen", {{"partijIdentificator__codeSoortObjectId", "bsn"}, {"partijIdentificator__objectId", std::string(kBsn)}}));
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::kvk_nummer, kBsn).empty());
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::bsn, "000000000").empty());

  const auto adres = [&](const Uuid& partij, std::string_view tekst) {
    return gemaakt(reg.create<DigitaalAdres>(adres_body(tekst, &partij)));
  };
  const Uuid a1 = adres(anna, "anna@example.nl");
  const Uuid gedeeld1 = adres(jan, "balie@example.nl");
  const Uuid gedeeld2 = adres(bedrijf, "balie@example.nl");
  CHECK(reg.digitale_adressen_op_adres("anna@example.nl") == std::vector<Uuid>{a1});
  CHECK(reg.digitale_adressen_op_adres("balie@example.nl") == std::vector<Uuid>{gedeeld1, gedeeld2});
  CHECK(reg.digitale_adressen_op_adres("balie@example.nl") == treffers(reg, "digitaleadressen", {{"adres", "balie@example.nl"}}));
  CHECK(reg.digitale_adressen_op_adres("ANNA@example.nl").empty());  // exact, as ?adres=
  CHECK(reg.partijen_op_digitaal_adres("balie@example.nl") == std::vector<Uuid>{jan, bedrijf});
  adres(anna, "anna@example.nl");  // the same partij twice: once in the answer
  CHECK(reg.partijen_op_digitaal_adres("anna@example.nl") == std::vector<Uuid>{anna});
  CHECK(reg.partijen_op_digitaal_adres("onbekend@example.nl").empty());
  CHECK(cases::zoek_partij_op_digitaal_adres(reg, "anna@example.nl") == anna);
  CHECK_FALSE(cases::zoek_partij_op_digitaal_adres(reg, "balie@example.nl").has_value());  // two partijen

  // Both follow updates and deletes.
  REQUIRE(reg.patch<DigitaalAdres>(a1, J(R"({"adres": "a.jansen@example.nl"})")).ok());
  CHECK(reg.digitale_adressen_op_adres("anna@example.nl").size() == 1);  // the second one
  CHECK(reg.partijen_op_digitaal_adres("a.jansen@example.nl") == std::vector<Uuid>{anna});
  CHECK(reg.digitale_adressen_op_adres("a.jansen@example.nl") == std::vector<Uuid>{a1});
  REQUIRE(reg.remove<DigitaalAdres>(gedeeld1).status == HttpStatus::no_content);
  CHECK(reg.digitale_adressen_op_adres("balie@example.nl") == std::vector<Uuid>{gedeeld2});
  CHECK(cases::zoek_partij_op_digitaal_adres(reg, "balie@example.nl") == bedrijf);
  // A digitaal adres of a betrokkene only names no partij.
  const Uuid kc = klantcontact(reg);
  const Uuid b = betrokkene(reg, kc);
  gemaakt(reg.create<DigitaalAdres>(adres_body("los@example.nl", nullptr, &b)));
  CHECK(reg.digitale_adressen_op_adres("los@example.nl").size() == 1);
  CHECK(reg.partijen_op_digitaal_adres("los@example.nl").empty());
  REQUIRE(reg.patch<Partij>(jan, J(R"({"partijIdentificatoren": []})")).ok());
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::bsn, kBsn2).empty());
  // An identificator moved to another partij takes the search with it.
  const auto pis = treffers(reg, "partij-identificatoren", {{"partijIdentificatorObjectId", std::string(kBsn)}, {"partijIdentificatorCodeSoortObjectId", "bsn"}});
  REQUIRE(pis.size() == 1);
  const auto verhuisd = reg.patch<PartijIdentificator>(pis[0], object{{"identificeerdePartij", ref(jan)}});
  REQUIRE_MESSAGE(verhuisd.ok(), dump(verhuisd));
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::bsn, kBsn) == std::vector<Uuid>{jan});
  REQUIRE(reg.patch<PartijIdentificator>(pis[0], object{{"identificeerdePartij", ref(anna)}}).ok());
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::bsn, kBsn) == std::vector<Uuid>{anna});
  REQUIRE(reg.remove<Partij>(anna).status == HttpStatus::no_content);
  CHECK(reg.partijen_op_identificator(CodeSoortObjectId::bsn, kBsn).empty());
  CHECK_FALSE(cases::zoek_partij_op_bsn(reg, kBsn).has_value());
}

}  // namespace
}  // namespace ki::regtest
