#pragma once
// Walks a fault over every point of one write: attempt n fails at the n-th
// point (storage step or allocation), until an attempt gets through without
// reaching the fault. After every failed attempt the register must be
// exactly as before it, and still take writes.

#include <memory>
#include <string>

#include "operaties.hpp"
#include "test_register_hulp.hpp"

namespace ki::fouttest {

// What the snapshot does not show: the reverse relations (rendered lists of
// partijen and klantcontacten) and the lookup indexes (filtered lists).
inline std::string lijsten(const test::Omgeving& o) {
  const std::string p = json::format_uuid(o.partij);
  const std::pair<std::string_view, Query> vragen[] = {
      {"partijen", {}},
      {"klantcontacten", {}},
      {"partijen", {{"partijIdentificator__objectId", "296648875"}}},
      {"partijen", {{"partijIdentificator__objectId", "999990019"}}},
      {"digitaleadressen", {{"adres", "anna.jansen@example.nl"}}},
      {"digitaleadressen", {{"adres", "jan@example.nl"}}},
      {"digitaleadressen", {{"adres", "piet@example.nl"}}},
      {"klantcontacten", {{"hadBetrokkene__wasPartij__uuid", p}}},
      {"internetaken", {{"status", "te_verwerken"}}},
  };
  std::string uit;
  for (const auto& [collectie, query] : vragen)
    uit += boost::json::serialize(o.reg.list(collectie, query).body) + "\n";
  return uit;
}

// The register still writes: an actor created and removed again leaves the
// snapshot as it was.
inline void volgende_werkt(Register& reg, const std::string& voor) {
  const Uuid a = regtest::actor(reg, "Controle Schrijver");
  CHECK(reg.remove<Actor>(a).status == HttpStatus::no_content);
  CHECK(reg.export_snapshot() == voor);
}

struct Verloop {
  long punten = 0;       // the points the write passes (failed attempts)
  long als_fout = 0;     // failures answered with an error document
  long opgevangen = 0;   // failures the library absorbed and still succeeded
};

template <class Fout>
Verloop doorloop(const Operatie& op) {
  Verloop uit;
  INFO(std::string(op.naam));
  auto o = std::make_unique<test::Omgeving>();
  auto doe = op.bereid(*o);
  for (long n = 0;; ++n) {
    REQUIRE(n < 200'000);
    const std::string voor = o->reg.export_snapshot();
    const std::string voor_lijsten = lijsten(*o);
    bool ok = false, gegooid = false, gefaald = false;
    {
      Fout fout(n);
      try {
        ok = doe();
      } catch (...) {  // the library may let the failure out (the C ABI maps it)
        gegooid = true;
      }
      gefaald = fout.gefaald();
    }
    if (!gefaald) {
      CHECK_FALSE(gegooid);
      CHECK(ok);
      uit.punten = n;
      return uit;
    }
    if (ok && !gegooid) {
      ++uit.opgevangen;
      // Absorbed on the way (a fallback that allocates): the write went
      // through, so the next attempt needs a fresh register.
      o = std::make_unique<test::Omgeving>();
      doe = op.bereid(*o);
      continue;
    }
    if (!gegooid) ++uit.als_fout;
    INFO("fault at point ", n);
    const std::string na = o->reg.export_snapshot();
    REQUIRE(na == voor);
    REQUIRE(lijsten(*o) == voor_lijsten);
    volgende_werkt(o->reg, voor);
  }
}

}  // namespace ki::fouttest
