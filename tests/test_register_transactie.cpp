// Register::transactie (several calls as one write), options(), the uuid
// generator option and collectie_van().

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "test_register_hulp.hpp"

namespace ki::regtest {
namespace {

using boost::json::object;

TEST_CASE("register transactie: the calls see each other and are kept when the answer is ok") {
  Register reg(opties());
  Uuid p{}, da{};
  auto a = reg.transactie([&](Register& r) {
    p = gemaakt(r.create<Partij>(persoon_body()));
    CHECK(r.get<Partij>(p).ok());  // a read inside does not wait for the write lock
    da = gemaakt(r.create<DigitaalAdres>(adres_body("anna@example.nl", &p, nullptr)));
    return r.patch<Partij>(p, object{{"voorkeursDigitaalAdres", ref(da)}});
  });
  REQUIRE_MESSAGE(a.ok(), dump(a));
  CHECK(reg.count<Partij>() == 1);
  CHECK(uuid_van(reg.get<Partij>(p).body.at("voorkeursDigitaalAdres")) == da);
}

TEST_CASE("register transactie: an error answer undoes every call before it") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const std::string voor = reg.export_snapshot();
  auto a = reg.transactie([&](Register& r) {
    const Uuid p = gemaakt(r.create<Partij>(persoon_body()));
    gemaakt(r.create<DigitaalAdres>(adres_body("anna@example.nl", &p, nullptr)));
    CHECK(r.patch<Klantcontact>(kc, object{{"inhoud", "gewijzigd"}}).ok());
    return r.create<Betrokkene>(object{{"hadKlantcontact", ref(kc)}, {"rol", "klant"}});  // no initiator
  });
  CHECK(a.status == HttpStatus::invalid);
  check_fout(a, "initiator", "required", "Dit veld is vereist.");
  CHECK(reg.export_snapshot() == voor);  // the patch of a stored object is undone too
  CHECK(reg.count<Partij>() == 0);
  CHECK(klantcontact(reg) != kc);  // and the register still writes
}

TEST_CASE("register transactie: a throw undoes everything and reaches the caller") {
  Register reg(opties());
  const std::string voor = reg.export_snapshot();
  CHECK_THROWS_AS(reg.transactie([&](Register& r) -> Antwoord {
    gemaakt(r.create<Partij>(persoon_body()));
    throw std::runtime_error("kapot");
  }),
                  std::runtime_error);
  CHECK(reg.export_snapshot() == voor);
  CHECK(reg.count<Partij>() == 0);
  persoon(reg);  // the lock was released
  CHECK(reg.count<Partij>() == 1);
}

TEST_CASE("register transactie: nested ones are part of the outer one") {
  Register reg(opties());
  auto a = reg.transactie([&](Register& r) {
    auto binnen = r.transactie([&](Register& r2) { return r2.create<Partij>(persoon_body()); });
    CHECK(binnen.ok());
    CHECK(r.count<Partij>() == 1);
    return Antwoord{HttpStatus::invalid, nullptr};  // the outer one fails
  });
  CHECK(a.status == HttpStatus::invalid);
  CHECK(reg.count<Partij>() == 0);
}

TEST_CASE("register transactie: delete and cascade inside are undone with the rest") {
  Register reg(opties());
  const Uuid kc = klantcontact(reg);
  const Uuid p = persoon(reg, kBsn);
  betrokkene(reg, kc, &p);
  const std::string voor = reg.export_snapshot();
  auto a = reg.transactie([&](Register& r) {
    CHECK(r.remove<Partij>(p).status == HttpStatus::no_content);
    CHECK(r.remove<Klantcontact>(kc).status == HttpStatus::no_content);
    return r.get<Partij>(p);  // 404: undo
  });
  CHECK(a.status == HttpStatus::not_found);
  CHECK(reg.export_snapshot() == voor);
}

TEST_CASE("register transactie: import_snapshot inside answers 409 and changes nothing") {
  Register reg(opties());
  persoon(reg);
  const std::string voor = reg.export_snapshot();
  auto a = reg.transactie([&](Register& r) { return r.import_snapshot(""); });
  CHECK(a.status == HttpStatus::conflict);
  CHECK(a.body.at("status") == boost::json::value(409));
  CHECK(reg.export_snapshot() == voor);
}

TEST_CASE("register transactie: other threads see nothing before the end") {
  Register reg(opties());
  std::atomic<bool> begonnen{false}, lezer_klaar{false};
  std::atomic<std::size_t> gezien{99};
  std::thread lezer;
  auto a = reg.transactie([&](Register& r) {
    gemaakt(r.create<Partij>(persoon_body()));
    lezer = std::thread([&] {
      begonnen = true;
      gezien = reg.count<Partij>();  // waits for the transactie
      lezer_klaar = true;
    });
    while (!begonnen) std::this_thread::yield();
    CHECK_FALSE(lezer_klaar.load());
    return r.create<Partij>(persoon_body("Bram"));
  });
  lezer.join();
  REQUIRE(a.ok());
  CHECK(gezien.load() == 2);  // both or none, never one
}

TEST_CASE("register options: options() gives them back; uuid_generator names new resources") {
  std::uint8_t n = 0;
  auto o = opties();
  o.uuid_generator = [&n] {
    Uuid u{};
    u.data[15] = ++n;
    return u;
  };
  Register reg(o);
  CHECK(reg.options().base_url == kBasis);
  const Uuid p = gemaakt(reg.create<Partij>(persoon_body()));
  CHECK(S(p) == "00000000-0000-0000-0000-000000000001");
  auto mk = reg.maak_klantcontact(object{{"klantcontact", klantcontact_body()},
                                          {"betrokkene", object{{"rol", "klant"}, {"initiator", true}}}});
  REQUIRE_MESSAGE(mk.ok(), dump(mk));
  CHECK(uuid_van(mk.body.at("klantcontact")) == U("00000000-0000-0000-0000-000000000002"));
  CHECK(uuid_van(mk.body.at("betrokkene")) == U("00000000-0000-0000-0000-000000000003"));
  // A nested identificator gets the next one.
  auto pi = reg.create<Partij>([] {
    auto b = persoon_body("Bram");
    b["partijIdentificatoren"] = boost::json::array{bsn_item(kBsn)};
    return b;
  }());
  REQUIRE_MESSAGE(pi.ok(), dump(pi));
  CHECK(uuid_van(pi.body) == U("00000000-0000-0000-0000-000000000004"));
  CHECK(uuid_van(pi.body.at("partijIdentificatoren").at(0)) == U("00000000-0000-0000-0000-000000000005"));
}

}  // namespace
}  // namespace ki::regtest

namespace ki::regtest {
namespace {

TEST_CASE("register collectie_van: collection and objecttype names, nothing else") {
  CHECK(Register::collectie_van("partijen") == std::string_view("partijen"));
  CHECK(Register::collectie_van("Partij") == std::string_view("partijen"));
  CHECK(Register::collectie_van("PartijIdentificator") == std::string_view("partij-identificatoren"));
  CHECK(Register::collectie_van("klantcontacten") == std::string_view("klantcontacten"));
  CHECK_FALSE(Register::collectie_van("partij").has_value());  // names are exact
  CHECK_FALSE(Register::collectie_van("PatchedPartij").has_value());
  CHECK_FALSE(Register::collectie_van("").has_value());
}

}  // namespace
}  // namespace ki::regtest
