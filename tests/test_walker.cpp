// The validation engine's own machinery (rules/walker.hpp, json/error_path.hpp):
// the error names built from the path walked, and model structs built in
// place without being zeroed first.

#include <doctest/doctest.h>

#include <cstring>
#include <new>
#include <string>
#include <typeinfo>

#include "klantinteracties/json/error_path.hpp"
#include "klantinteracties/rules/validate.hpp"

namespace ki {
namespace {

TEST_CASE("error path: names an error by the segments entered, and forgets those left (§0.1 B)") {
  json::ErrorPath err;
  err.add("invalid", "top");
  {
    json::PathSegment a(err, "partijIdentificatie");
    {
      json::PathSegment b(err, "contactnaam");
      err.add("blank", "1");
      err.add_at("voorletters", "max_length", "2");
    }
    {
      json::PathSegment lijst(err, "bezoekadres");
      json::PathSegment i(err, std::size_t{3});
      err.add("null", "3");
    }
    err.add_at("nonFieldErrors", "invalid", "4");
  }
  err.add_at("uuid", "invalid", "5");
  {
    json::PathSegment leeg(err, "");  // an empty segment first adds no dot
    err.add_at("x", "invalid", "6");
  }
  const InvalidParams p = err.take();
  REQUIRE(p.size() == 7);
  CHECK(p[0].name == "");
  CHECK(p[1].name == "partijIdentificatie.contactnaam");
  CHECK(p[2].name == "partijIdentificatie.contactnaam.voorletters");
  CHECK(p[3].name == "partijIdentificatie.bezoekadres.3");
  CHECK(p[4].name == "partijIdentificatie.nonFieldErrors");
  CHECK(p[5].name == "uuid");
  CHECK(p[6].name == "x");
  CHECK(p[2].code == "max_length");
  CHECK(p[2].reason == "2");
}

// Builds a T with `bouw(plek)` in memory full of 0xA5 bytes, hands it to
// `kijk` and destroys it.
template <class T, class Bouw, class Kijk>
void over_vreemde_bytes(Bouw bouw, Kijk kijk) {
  alignas(T) unsigned char geheugen[sizeof(T)];
  std::memset(geheugen, 0xA5, sizeof geheugen);
  asm volatile("" : : "r"(geheugen) : "memory");  // the bytes are there when T is built
  T* t = bouw(static_cast<void*>(geheugen));
  kijk(*t);
  t->~T();
}

// What standaard<T>() builds equals T{}: the zeroing it skips was work
// thrown away. A member without a constructor (a bare int, a bool) would
// keep the foreign bytes and fail this.
template <class T>
void gelijk_aan_leeg() {
  CAPTURE(typeid(T).name());
  over_vreemde_bytes<T>([](void* p) { return ::new (p) T(rules::detail::standaard<T>()); },
                        [](const T& t) { CHECK(t == T{}); });
}

TEST_CASE("walker: structs built in place are default-initialised, each member by its own") {
  gelijk_aan_leeg<Klantcontact>();
  gelijk_aan_leeg<MaakKlantcontact>();
  gelijk_aan_leeg<Betrokkene>();
  gelijk_aan_leeg<Onderwerpobject>();
  gelijk_aan_leeg<Bijlage>();
  gelijk_aan_leeg<ActorKlantcontact>();
  gelijk_aan_leeg<Actor>();
  gelijk_aan_leeg<Medewerker>();
  gelijk_aan_leeg<GeautomatiseerdeActor>();
  gelijk_aan_leeg<OrganisatorischeEenheid>();
  gelijk_aan_leeg<InterneTaak>();
  gelijk_aan_leeg<Partij>();
  gelijk_aan_leeg<Persoon>();
  gelijk_aan_leeg<Organisatie>();
  gelijk_aan_leeg<Contactpersoon>();
  gelijk_aan_leeg<Contactnaam>();
  gelijk_aan_leeg<Adres>();
  gelijk_aan_leeg<Objectidentificator>();
  gelijk_aan_leeg<PartijIdentificator>();
  gelijk_aan_leeg<PartijIdentificatorGroep>();
  gelijk_aan_leeg<DigitaalAdres>();
  gelijk_aan_leeg<Rekeningnummer>();
  gelijk_aan_leeg<Vertegenwoordigden>();
  gelijk_aan_leeg<Categorie>();
  gelijk_aan_leeg<CategorieRelatie>();
  gelijk_aan_leeg<Ref<Partij>>();
  // And Validated<T>'s value, which is default-initialised too.
  using V = rules::Validated<Partij>;
  over_vreemde_bytes<V>([](void* p) { return ::new (p) V; },
                        [](const V& v) {
                          CHECK(v.value == Partij{});
                          CHECK(v.ok());
                        });
}

}  // namespace
}  // namespace ki
