// The rules that need stored data (validation.md), each with a passing and a
// failing case and Open Klant's exact name, code and reason.

#include "test_register_hulp.hpp"

namespace ki::regtest {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

constexpr std::string_view kUniekPi =
    "`PartijIdentificator` moet uniek zijn, er bestaat er al een met deze gegevenscombinatie.";
constexpr std::string_view kUniekSoort = "`CodeSoortObjectId` moet uniek zijn voor de Partij.";
constexpr std::string_view kAlleenKvk =
    "Het is alleen mogelijk om een subIdentifierVan te selecteren met codeSoortObjectId = "
    "`kvk_nummer`.";
constexpr std::string_view kProtected =
    "Cannot delete some instances of model 'PartijIdentificator' because they are referenced "
    "through protected foreign keys: 'PartijIdentificator.sub_identificator_van'.";

value groep(std::string_view reg, std::string_view objecttype, std::string_view soort,
            std::string_view id) {
  return object{{"codeObjecttype", objecttype}, {"codeSoortObjectId", soort}, {"objectId", id},
                {"codeRegister", reg}};
}
value kvk_groep(std::string_view id = kKvk) { return groep("hr", "niet_natuurlijk_persoon", "kvk_nummer", id); }
value bsn_groep(std::string_view id = kBsn) { return groep("brp", "natuurlijk_persoon", "bsn", id); }
value vestiging_groep(std::string_view id = "296648875154") { return groep("hr", "vestiging", "vestigingsnummer", id); }

Antwoord maak_pi(Register& reg, const value& g, const Uuid* partij = nullptr, const Uuid* ouder = nullptr) {
  object b{{"partijIdentificator", g}};
  if (partij) b["identificeerdePartij"] = ref(*partij);
  if (ouder) b["subIdentificatorVan"] = ref(*ouder);
  return reg.create<PartijIdentificator>(b);
}

TEST_CASE("KI-GEN-014 references must exist: pass and fail") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid nergens = U("e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2");
  CHECK(reg.create<Onderwerpobject>(object{{"klantcontact", ref(kc)}}).status == HttpStatus::created);
  check_fout(reg.create<Onderwerpobject>(object{{"klantcontact", ref(nergens)}}), "klantcontact.uuid",
             "invalid", "Klantcontact object bestaat niet.");
  check_fout(reg.create<InterneTaak>(object{{"gevraagdeHandeling", "x"}, {"aanleidinggevendKlantcontact", ref(kc)},
                                            {"toegewezenAanActoren", array{ref(nergens)}}, {"status", "te_verwerken"}}),
             "toegewezenAanActoren.0.uuid", "invalid", "Actor object bestaat niet.");
}

TEST_CASE("KI-GEN-023 nummer and referentienummer unique per objecttype: pass and fail") {
  Register reg(opties());
  auto kc = klantcontact_body();
  kc["nummer"] = "0000000001";
  kc["referentienummer"] = "23009182";
  const Uuid eerste = gemaakt(reg.create<Klantcontact>(kc));
  // Re-sending its own number is no duplicate.
  CHECK(reg.patch<Klantcontact>(eerste, J(R"({"nummer": "0000000001"})")).ok());
  auto alleen_nummer = klantcontact_body();
  alleen_nummer["nummer"] = "0000000001";
  check_fout(reg.create<Klantcontact>(alleen_nummer), "nummer", "unique",
             "Er bestaat al een klantcontact met eenzelfde nummer.");
  CHECK(reg.create<Klantcontact>(kc).invalid_params().size() == 2);  // both reported
  kc["nummer"] = "0000000002";
  check_fout(reg.create<Klantcontact>(kc), "referentienummer", "unique",
             "Er bestaat al een klantcontact met eenzelfde referentienummer.");
  kc["referentienummer"] = "23009183";
  const Uuid tweede = gemaakt(reg.create<Klantcontact>(kc));
  check_fout(reg.patch<Klantcontact>(tweede, J(R"({"nummer": "0000000001"})")), "nummer", "unique",
             "Er bestaat al een klantcontact met eenzelfde nummer.");
  // Another objecttype may use the same number.
  auto p = persoon_body();
  p["nummer"] = "0000000001";
  CHECK(reg.create<Partij>(p).status == HttpStatus::created);
  check_fout(reg.create<Partij>(p), "nummer", "unique", "Er bestaat al een partij met eenzelfde nummer.");
  const Uuid act = actor(reg);
  auto taak = [&](std::string_view nr) {
    return reg.create<InterneTaak>(object{{"nummer", nr}, {"gevraagdeHandeling", "x"},
                                          {"aanleidinggevendKlantcontact", ref(eerste)},
                                          {"toegewezenAanActoren", array{ref(act)}}, {"status", "te_verwerken"}});
  };
  CHECK(taak("7").status == HttpStatus::created);
  check_fout(taak("7"), "nummer", "unique", "Er bestaat al een interne taak met eenzelfde nummer.");
}

TEST_CASE("KI-AC-001 actor and klantcontact unique together: pass and fail") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid a1 = actor(reg, "Een");
  const Uuid a2 = actor(reg, "Twee");
  CHECK(reg.create<ActorKlantcontact>(object{{"actor", ref(a1)}, {"klantcontact", ref(kc)}}).ok());
  const Uuid tweede = gemaakt(reg.create<ActorKlantcontact>(object{{"actor", ref(a2)}, {"klantcontact", ref(kc)}}));
  check_fout(reg.create<ActorKlantcontact>(object{{"actor", ref(a1)}, {"klantcontact", ref(kc)}}),
             "nonFieldErrors", "unique", "De velden actor, klantcontact moeten een unieke set zijn.");
  // PATCH: judged on the merged values.
  check_fout(reg.patch<ActorKlantcontact>(tweede, object{{"actor", ref(a1)}}), "nonFieldErrors",
             "unique", "De velden actor, klantcontact moeten een unieke set zijn.");
  CHECK(reg.patch<ActorKlantcontact>(tweede, object{{"actor", ref(a2)}}).ok());  // itself
}

TEST_CASE("KI-VT-001 vertegenwoordigende and vertegenwoordigde partij unique together: pass and fail") {
  Register reg(opties());
  const Uuid a = persoon(reg);
  const Uuid b = persoon(reg);
  const Uuid v = gemaakt(reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(a)}, {"vertegenwoordigdePartij", ref(b)}}));
  CHECK(reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(b)}, {"vertegenwoordigdePartij", ref(a)}}).ok());
  check_fout(reg.create<Vertegenwoordigden>(object{{"vertegenwoordigendePartij", ref(a)}, {"vertegenwoordigdePartij", ref(b)}}),
             "nonFieldErrors", "unique",
             "De velden vertegenwoordigende_partij, vertegenwoordigde_partij moeten een unieke set zijn.");
  // KI-VT-002 on the merged values of a PATCH.
  check_fout(reg.patch<Vertegenwoordigden>(v, object{{"vertegenwoordigdePartij", ref(a)}}),
             "vertegenwoordigdePartij", "invalid", "De partij kan niet zichzelf vertegenwoordigen.");
}

TEST_CASE("KI-DA-004 isStandaardAdres needs the effective verstrektDoorPartij: pass and fail") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  auto b = adres_body("a@example.nl", &p);
  b["isStandaardAdres"] = true;
  const Uuid a = gemaakt(reg.create<DigitaalAdres>(b));
  check_fout(reg.patch<DigitaalAdres>(a, J(R"({"verstrektDoorPartij": null})")), "isStandaardAdres",
             "invalid",
             "`is_standaard_adres` kan alleen gezet worden als `verstrekt_door_partij` niet leeg is.");
  auto ok = reg.patch<DigitaalAdres>(a, J(R"({"verstrektDoorPartij": null, "isStandaardAdres": false})"));
  CHECK_MESSAGE(ok.ok(), dump(ok));
  // A PATCH setting it true on an address without partij.
  check_fout(reg.patch<DigitaalAdres>(a, J(R"({"isStandaardAdres": true})")), "isStandaardAdres",
             "invalid",
             "`is_standaard_adres` kan alleen gezet worden als `verstrekt_door_partij` niet leeg is.");
}

TEST_CASE("KI-DA-005 referentie unique per partij and soort: pass and fail") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid q = persoon(reg);
  auto b = adres_body("a@example.nl", &p);
  b["referentie"] = "werk";
  CHECK(reg.create<DigitaalAdres>(b).ok());
  auto tel = adres_body("0612345678", &p, nullptr, "telefoonnummer");
  tel["referentie"] = "werk";
  CHECK(reg.create<DigitaalAdres>(tel).ok());  // another soort
  auto ander = adres_body("b@example.nl", &q);
  ander["referentie"] = "werk";
  CHECK(reg.create<DigitaalAdres>(ander).ok());  // another partij
  auto dubbel = adres_body("c@example.nl", &p);
  dubbel["referentie"] = "werk";
  check_fout(reg.create<DigitaalAdres>(dubbel), "nonFieldErrors", "unique",
             "De velden ['verstrekt_door_partij', 'referentie', 'soort_digitaal_adres'] moeten een "
             "unieke set zijn.");
}

TEST_CASE("KI-DA-008 a PATCH of adres alone is checked with the stored soort: pass and fail") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid mail = digitaal_adres(reg, "a@example.nl", &p);
  const Uuid tel = digitaal_adres(reg, "0612345678", &p, nullptr, "telefoonnummer");
  const Uuid overig = digitaal_adres(reg, "@anna", &p, nullptr, "overig");
  check_fout(reg.patch<DigitaalAdres>(mail, J(R"({"adres": "geen-mail"})")), "adres", "invalid",
             "Voer een geldig e-mailadres in.");
  check_fout(reg.patch<DigitaalAdres>(tel, J(R"({"adres": "0800123456"})")), "adres", "invalid",
             "Het opgegeven telefoonnummer is ongeldig, telefoonnummers beginnend met 0800, 0900, "
             "1400 of 140xx zijn niet toegestaan.");
  CHECK(reg.patch<DigitaalAdres>(mail, J(R"({"adres": "b@example.nl"})")).ok());
  CHECK(reg.patch<DigitaalAdres>(overig, J(R"({"adres": "wat dan ook"})")).ok());
  // Only soortDigitaalAdres changes: adres is not re-checked.
  CHECK(reg.patch<DigitaalAdres>(overig, J(R"({"soortDigitaalAdres": "email"})")).ok());
}

TEST_CASE("KI-IT-001 afgehandeldOp with the stored status: pass and fail") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid act = actor(reg);
  const Uuid open = interne_taak(reg, kc, act);
  const Uuid klaar = interne_taak(reg, kc, act, "verwerkt");
  check_fout(reg.patch<InterneTaak>(open, J(R"({"afgehandeldOp": "2024-01-01T01:00:00Z"})")),
             "afgehandeldOp", "invalid",
             "De Internetaak kan geen afgehandeld op datum bevatten als de status niet op "
             "'verwerkt' staat.");
  auto ok = reg.patch<InterneTaak>(klaar, J(R"({"afgehandeldOp": "2024-01-01T01:00:00Z"})"));
  REQUIRE_MESSAGE(ok.ok(), dump(ok));
  CHECK(ok.body.at("afgehandeldOp").as_string() == "2024-01-01T01:00:00Z");  // KI-IT-004: kept
}

TEST_CASE("KI-KC-001 on the effective values of PUT and PATCH: pass and fail") {
  Register reg(opties());
  auto b = klantcontact_body();
  b["indicatieContactGelukt"] = true;
  const Uuid kc = gemaakt(reg.create<Klantcontact>(b));
  check_fout(reg.patch<Klantcontact>(kc, J(R"({"verdereActieOndernomen": true})")), "nonFieldErrors",
             "no-further-action-when-contact-succesful",
             "Als het contact gelukt is kan er geen verdere actie zijn ondernomen");
  auto put = klantcontact_body();
  put["verdereActieOndernomen"] = true;  // indicatieContactGelukt stays true (omitted)
  check_fout(reg.update<Klantcontact>(kc, put), "nonFieldErrors",
             "no-further-action-when-contact-succesful",
             "Als het contact gelukt is kan er geen verdere actie zijn ondernomen");
  put["indicatieContactGelukt"] = false;
  CHECK(reg.update<Klantcontact>(kc, put).ok());
  CHECK(reg.patch<Klantcontact>(kc, J(R"({"indicatieContactGelukt": null})")).ok());
}

TEST_CASE("KI-PA-003 / KI-PA-006 PATCH voorkeur must be linked to the partij: pass and fail") {
  Register reg(opties());
  const Uuid p = persoon(reg);
  const Uuid q = persoon(reg);
  const Uuid eigen = digitaal_adres(reg, "p@example.nl", &p);
  const Uuid vreemd = digitaal_adres(reg, "q@example.nl", &q);
  CHECK(reg.patch<Partij>(p, object{{"voorkeursDigitaalAdres", ref(eigen)}}).ok());
  check_fout(reg.patch<Partij>(p, object{{"voorkeursDigitaalAdres", ref(vreemd)}}),
             "voorkeursDigitaalAdres", "invalid",
             "Het voorkeurs adres moet een gelinkte digitaal adres zijn.");
  const Uuid r_eigen = gemaakt(reg.create<Rekeningnummer>(object{{"partij", ref(p)}, {"iban", "NL91ABNA0417164300"}}));
  const Uuid r_vreemd = gemaakt(reg.create<Rekeningnummer>(object{{"partij", ref(q)}, {"iban", "NL91ABNA0417164300"}}));
  CHECK(reg.patch<Partij>(p, object{{"voorkeursRekeningnummer", ref(r_eigen)}}).ok());
  check_fout(reg.patch<Partij>(p, object{{"voorkeursRekeningnummer", ref(r_vreemd)}}),
             "voorkeursRekeningnummer", "invalid",
             "Het voorkeurs rekeningnummer moet een gelinkte rekeningnummer zijn.");
}

TEST_CASE("KI-PA-009 nested identificatoren: item uuid must exist, items pass KI-PI-010") {
  Register reg(opties());
  const Uuid bestaand = gemaakt(maak_pi(reg, kvk_groep()));
  auto b = persoon_body();
  b["partijIdentificatoren"] = array{object{{"uuid", S(bestaand)}, {"partijIdentificator", kvk_groep()}}};
  auto ok = reg.create<Partij>(b);
  REQUIRE_MESSAGE(ok.status == HttpStatus::created, dump(ok));
  // The existing identificator is updated and attached to the new partij.
  {
    auto pi = reg.get<PartijIdentificator>(bestaand);
    CHECK(pi.body.at("identificeerdePartij").at("uuid") == ok.body.at("uuid"));
    CHECK(reg.count<PartijIdentificator>() == 1);
  }
  const std::string voor = reg.export_snapshot();
  b["partijIdentificatoren"] = array{object{{"uuid", "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2"}, {"partijIdentificator", bsn_groep()}}};
  check_fout(reg.create<Partij>(b), "partijIdentificatoren.0.uuid", "invalid",
             "PartijIdentificator object bestaat niet.");
  const Uuid bsn = gemaakt(maak_pi(reg, bsn_groep()));
  b["partijIdentificatoren"] = array{object{{"partijIdentificator", vestiging_groep()}, {"subIdentificatorVan", ref(bsn)}}};
  check_fout(reg.create<Partij>(b), "partijIdentificatoren.0.subIdentificatorVan", "invalid", kAlleenKvk);
  CHECK(reg.remove<PartijIdentificator>(bsn).status == HttpStatus::no_content);
  CHECK(reg.export_snapshot() == voor);
}

TEST_CASE("KI-PA-010 werkteVoorPartij must be an organisatie: pass and fail") {
  Register reg(opties());
  const Uuid org = organisatie(reg);
  const Uuid pers = persoon(reg);
  auto cp = [&](const Uuid& werkgever) {
    return reg.create<Partij>(object{{"soortPartij", "contactpersoon"}, {"indicatieActief", true},
                                     {"partijIdentificatie", {{"werkteVoorPartij", ref(werkgever)}}}});
  };
  CHECK(cp(org).status == HttpStatus::created);
  check_fout(cp(pers), "partijIdentificatie.werkteVoorPartij.uuid", "invalid",
             "Partij object moet het soort 'organisatie' hebben.");
  check_fout(cp(U("e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2")),
             "partijIdentificatie.werkteVoorPartij.uuid", "invalid", "Partij object bestaat niet.");
}

TEST_CASE("KI-PI-009 PATCH to vestigingsnummer needs the effective subIdentificatorVan: pass and fail") {
  Register reg(opties());
  const Uuid kvk = gemaakt(maak_pi(reg, kvk_groep()));
  const Uuid los = gemaakt(maak_pi(reg, kvk_groep("87654321")));
  check_fout(reg.patch<PartijIdentificator>(los, object{{"partijIdentificator", vestiging_groep()}}),
             "subIdentificatorVan", "invalid",
             "Voor een PartijIdentificator met codeSoortObjectId = `vestigingsnummer` is het "
             "verplicht om een `sub_identifier_van` met codeSoortObjectId = `kvk_nummer` te kiezen.");
  auto ok = reg.patch<PartijIdentificator>(los, object{{"partijIdentificator", vestiging_groep()}, {"subIdentificatorVan", ref(kvk)}});
  CHECK_MESSAGE(ok.ok(), dump(ok));
}

TEST_CASE("KI-PI-010 the parent of a vestigingsnummer must be a kvk_nummer: pass and fail") {
  Register reg(opties());
  const Uuid kvk = gemaakt(maak_pi(reg, kvk_groep()));
  const Uuid bsn = gemaakt(maak_pi(reg, bsn_groep()));
  check_fout(maak_pi(reg, vestiging_groep(), nullptr, &bsn), "subIdentificatorVan", "invalid", kAlleenKvk);
  CHECK(maak_pi(reg, vestiging_groep(), nullptr, &kvk).status == HttpStatus::created);
}

TEST_CASE("KI-PI-011 an identificator cannot be its own subIdentificatorVan: pass and fail") {
  Register reg(opties());
  const Uuid kvk = gemaakt(maak_pi(reg, kvk_groep()));
  const Uuid ander = gemaakt(maak_pi(reg, kvk_groep("87654321")));
  check_fout(reg.patch<PartijIdentificator>(kvk, object{{"subIdentificatorVan", ref(kvk)}}),
             "subIdentificatorVan", "invalid",
             "Een `Partijidentificator` kan geen `subIdentificatorVan` zijn van zichzelf.");
  CHECK(reg.patch<PartijIdentificator>(kvk, object{{"subIdentificatorVan", ref(ander)}}).ok());
}

TEST_CASE("KI-PI-012 codeSoortObjectId of a parent cannot change: pass and fail") {
  Register reg(opties());
  const Uuid kvk = gemaakt(maak_pi(reg, kvk_groep()));
  gemaakt(maak_pi(reg, vestiging_groep(), nullptr, &kvk));
  check_fout(reg.patch<PartijIdentificator>(kvk, object{{"partijIdentificator", groep("hr", "niet_natuurlijk_persoon", "rsin", "296648875")}}),
             "partijIdentificatorCodeSoortObjectId", "invalid",
             "Het is niet mogelijk om de codeSoortObjectId van deze PartijIdentificator te wijzigen, "
             "omdat er andere PartijIdentificatoren aan gekoppeld zijn.");
  CHECK(reg.patch<PartijIdentificator>(kvk, object{{"partijIdentificator", kvk_groep("11111111")}}).ok());
}

TEST_CASE("KI-PI-013 the four values unique among identificatoren without parent: pass and fail") {
  Register reg(opties());
  CHECK(maak_pi(reg, bsn_groep()).status == HttpStatus::created);
  check_fout(maak_pi(reg, bsn_groep()), "__all__", "invalid", kUniekPi);
  CHECK(maak_pi(reg, bsn_groep(kBsn2)).status == HttpStatus::created);
  // The same objectId with other values is another identificator; among
  // several with one objectId, the one with the same four values is found.
  const value rsin = groep("hr", "niet_natuurlijk_persoon", "rsin", kBsn);
  CHECK(maak_pi(reg, rsin).status == HttpStatus::created);
  check_fout(maak_pi(reg, rsin), "__all__", "invalid", kUniekPi);
  // Nested in a Partij: also against the stored ones.
  auto b = persoon_body();
  b["partijIdentificatoren"] = array{object{{"partijIdentificator", bsn_groep()}}};
  check_fout(reg.create<Partij>(b), "__all__", "invalid", kUniekPi);
}

TEST_CASE("KI-PI-014 the four values unique under one parent: pass and fail") {
  Register reg(opties());
  const Uuid kvk1 = gemaakt(maak_pi(reg, kvk_groep()));
  const Uuid kvk2 = gemaakt(maak_pi(reg, kvk_groep("87654321")));
  CHECK(maak_pi(reg, vestiging_groep(), nullptr, &kvk1).status == HttpStatus::created);
  CHECK(maak_pi(reg, vestiging_groep(), nullptr, &kvk2).status == HttpStatus::created);  // other parent
  check_fout(maak_pi(reg, vestiging_groep(), nullptr, &kvk1), "__all__", "invalid", kUniekPi);
}

TEST_CASE("KI-PI-015 one codeSoortObjectId per partij: pass and fail") {
  Register reg(opties());
  const Uuid p = persoon(reg, kBsn);
  check_fout(maak_pi(reg, bsn_groep(kBsn2), &p), "__all__", "invalid", kUniekSoort);
  CHECK(maak_pi(reg, kvk_groep(), &p).status == HttpStatus::created);
  // Both rules at once: KI-PI-013 first, then KI-PI-015.
  auto dubbel = maak_pi(reg, bsn_groep(), &p);
  REQUIRE(dubbel.status == HttpStatus::invalid);
  const auto ps = dubbel.invalid_params();
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].reason == kUniekPi);
  CHECK(ps[1].reason == kUniekSoort);
  CHECK(ps[1].name == "__all__");
}

TEST_CASE("KI-PI-016 a parent identificator cannot be deleted, also not through Partij.partijIdentificatoren") {
  Register reg(opties());
  auto b = persoon_body();
  b["soortPartij"] = "organisatie";
  b["partijIdentificatoren"] = array{object{{"partijIdentificator", kvk_groep()}}};
  auto p = reg.create<Partij>(b);
  REQUIRE_MESSAGE(p.status == HttpStatus::created, dump(p));
  const Uuid partij = uuid_van(p.body);
  const Uuid kvk = uuid_van(p.body.at("partijIdentificatoren").at(0));
  const Uuid kind = gemaakt(maak_pi(reg, vestiging_groep(), nullptr, &kvk));
  check_fout(reg.patch<Partij>(partij, J(R"({"partijIdentificatoren": []})")), "nonFieldErrors", "invalid", kProtected);
  check_fout(reg.remove<PartijIdentificator>(kvk), "nonFieldErrors", "invalid", kProtected);
  CHECK(reg.vind<PartijIdentificator>(kvk));
  CHECK(reg.remove<PartijIdentificator>(kind).status == HttpStatus::no_content);
  CHECK(reg.patch<Partij>(partij, J(R"({"partijIdentificatoren": []})")).ok());
  CHECK_FALSE(reg.vind<PartijIdentificator>(kvk));
}

TEST_CASE("KI-PI-017 a PartijIdentificator uuid in the body must exist: pass and fail") {
  Register reg(opties());
  const Uuid kvk = gemaakt(maak_pi(reg, kvk_groep()));
  check_fout(reg.create<PartijIdentificator>(object{{"uuid", "e8203b1b-f9e1-4fa1-96ce-2bcf36e061c2"}, {"partijIdentificator", bsn_groep()}}),
             "uuid", "invalid", "PartijIdentificator object bestaat niet.");
  // An existing uuid in a PUT body does not rename the stored object.
  auto put = reg.update<PartijIdentificator>(kvk, object{{"uuid", S(kvk)}, {"partijIdentificator", kvk_groep("11111111")}});
  REQUIRE_MESSAGE(put.ok(), dump(put));
  CHECK(uuid_van(put.body) == kvk);
  CHECK(reg.count<PartijIdentificator>() == 1);
}

}  // namespace
}  // namespace ki::regtest
