#pragma once
// The register's storage: one collection per resource type, the reverse
// relations derived from the model's descriptions, and transactions that
// undo every change when a write fails half-way.

#include <boost/container/small_vector.hpp>
#include <boost/container_hash/hash.hpp>
#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fout_na_stappen.hpp"
#include "klantinteracties/model.hpp"
#include "sleutel.hpp"
#include "verpakt.hpp"
#include "volgorde.hpp"

namespace ki::opslag {

using UuidHash = boost::hash<Uuid>;
template <class V>
using PerUuid = std::unordered_map<Uuid, V, UuidHash>;

// The sources that refer to one target through one field, in creation order.
using Verwijzers = PerUuid<std::vector<Uuid>>;

// Stored objects are found by the uuid inside them: a table slot holds only
// the pointer, where a uuid key beside it would triple the slot.
struct VerpaktHash {
  using is_transparent = void;
  std::size_t operator()(const Uuid& u) const { return UuidHash{}(u); }
  std::size_t operator()(const Verpakt& v) const { return UuidHash{}(v.uuid()); }
};
struct VerpaktGelijk {
  using is_transparent = void;
  bool operator()(const Verpakt& a, const Verpakt& b) const { return a.uuid() == b.uuid(); }
  bool operator()(const Uuid& a, const Verpakt& b) const { return a == b.uuid(); }
  bool operator()(const Verpakt& a, const Uuid& b) const { return a.uuid() == b; }
};

// The objects of one resource type, packed (verpakt.hpp), each with its
// place in creation order.
template <class T>
struct Verzameling {
  using Type = T;
  static_assert(
      std::is_same_v<
          typename std::tuple_element_t<0, std::decay_t<decltype(Describe<T>::velden)>>::Type,
          Uuid> &&
          std::get<0>(Describe<T>::velden).json == "uuid",
      "Verpakt::uuid() reads the uuid as the first packed field");
  boost::unordered_flat_set<Verpakt, VerpaktHash, VerpaktGelijk> items;
  Volgorde volgorde;
  // Per reference field of T (JSON name): target uuid -> referring uuids.
  std::map<std::string_view, Verwijzers> terug;

  bool bevat(const Uuid& u) const { return items.contains(u); }
  // The stored object, unpacked.
  std::optional<T> vind(const Uuid& u) const {
    auto it = items.find(u);
    if (it == items.end()) return std::nullopt;
    return pak_uit<T>(*it);
  }
  std::uint64_t volgnummer(const Uuid& u) const {
    auto it = items.find(u);
    if (it == items.end()) throw std::out_of_range("opslag: geen object met deze uuid");
    return it->volgnummer();
  }
  // The uuids of the T whose field `veld` refers to `doel`.
  const std::vector<Uuid>& verwijzers(std::string_view veld, const Uuid& doel) const {
    static const std::vector<Uuid> geen;
    auto t = terug.find(veld);
    if (t == terug.end()) return geen;
    auto it = t->second.find(doel);
    return it == t->second.end() ? geen : it->second;
  }
};

// Calls f(json name, target uuid) for every reference a stored T holds.
template <class T, class F>
void voor_elke_verwijzing(const T& obj, F&& f) {
  for_each_veld<T>([&](const auto& veld) {
    using V = typename std::decay_t<decltype(veld)>::Type;
    const auto& field = obj.*(veld.member);
    if (!field.has_value()) return;
    if constexpr (!std::is_void_v<typename RefDoel<V>::type>) {
      if (field->uuid.has_value()) f(veld.json, *field->uuid);
    } else if constexpr (is_vector<V>::value) {
      if constexpr (!std::is_void_v<typename RefDoel<typename V::value_type>::type>)
        for (const auto& r : *field)
          if (r.uuid.has_value()) f(veld.json, *r.uuid);
    }
  });
}

// One Verzameling per resource type (ki::Resources).
template <class>
struct VerzamelingenVan;
template <class... T>
struct VerzamelingenVan<std::tuple<T...>> {
  using type = std::tuple<Verzameling<T>...>;
};
using Alle = VerzamelingenVan<Resources>::type;

// A text -> uuids index, searchable by string_view (no key copied per look-up).
// Open addressing with the key and the first entry inline: at a million keys
// a look-up costs a few cache misses, not one per node, key and list.
struct TekstHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using PerTekst = boost::unordered_flat_map<Sleutel, boost::container::small_vector<V, 1>, TekstHash,
                                           std::equal_to<>>;
using TekstIndex = PerTekst<Uuid>;

// The uuids under one key (none when the key is not there).
inline std::vector<Uuid> uuids_in(const TekstIndex& index, std::string_view sleutel) {
  const auto it = index.find(sleutel);
  if (it == index.end()) return {};
  return {it->second.begin(), it->second.end()};
}

// Secondary indexes for lookups that must not scan: partij-identificatoren
// by objectId, digitale adressen by adres, the unique numbers.
struct Indexen {
  TekstIndex adres;                    // adres -> DigitaalAdres
  TekstIndex partij_naam;              // naam -> Partij
  // onderwerpobjectidentificator.objectId -> Onderwerpobject.
  TekstIndex onderwerpobject_object_id;
  // objectId -> PI, in storage order, each with its soort and partij: a
  // search by BSN reads this one entry, not every identificator.
  struct Identificator {
    Uuid uuid;
    std::optional<Uuid> partij;
    std::optional<CodeSoortObjectId> soort;
  };
  PerTekst<Identificator> identificator_object_id;
  // Klantcontact.plaatsgevondenOp as microseconds since 1970 UTC (range search).
  std::multimap<std::int64_t, Uuid> plaatsgevonden;
  // InterneTaak.status -> InterneTaak.
  std::map<Status, std::unordered_set<Uuid, UuidHash>> status;
  // (resource, veld) -> value -> uuid, for nummer / referentienummer (KI-GEN-023).
  std::map<std::pair<std::string_view, std::string_view>, std::unordered_map<std::string, Uuid>>
      nummer;
};

// A moment as microseconds since 1970-01-01T00:00:00Z (naive values are UTC,
// model.md §1.6), for comparing and ordering date-times.
std::int64_t microseconden(const DateTime& t);

// The four values of an identificator as one text: codeObjecttype,
// codeSoortObjectId, objectId, codeRegister (as the API's strings), without
// the parent; KI-PI-013 compares them.
std::string groep_sleutel(const PartijIdentificatorGroep& g);
// volledigeNaam (model.md §3.2): voornaam, voorvoegselAchternaam and
// achternaam, the non-empty ones joined by one space; voorletters left out.
std::string volledige_naam(const Field<Contactnaam>& c);
// The names a partij is found by (volledigeNaam of a persoon/contactpersoon,
// naam of an organisatie).
std::string partij_naam(const Partij& p);

// Calls f(static_cast<T*>(nullptr)) for every resource type T.
template <class F>
void voor_elk_type(F&& f) {
  [&]<class... T>(std::tuple<T...>*) { (f(static_cast<T*>(nullptr)), ...); }(
      static_cast<Resources*>(nullptr));
}

class Opslag {
public:
  template <class T>
  Verzameling<T>& van() {
    return std::get<Verzameling<T>>(alle_);
  }
  template <class T>
  const Verzameling<T>& van() const {
    return std::get<Verzameling<T>>(alle_);
  }
  template <class F>
  void voor_elke_verzameling(F&& f) const {
    std::apply([&](const auto&... v) { (f(v), ...); }, alle_);
  }

  // Stores obj (keyed by its uuid) with its reverse relations; `volgnummer`
  // keeps a replaced object's place.
  template <class T>
  void plaats(const T& obj, std::optional<std::uint64_t> volgnummer = std::nullopt) {
    auto& v = van<T>();
    const Uuid u = *obj.uuid;
    const std::uint64_t nr = volgnummer ? *volgnummer : ++teller_;
    if (auto it = v.items.find(u); it != v.items.end()) v.items.erase(it);
    v.items.insert(pak(obj, nr));
    v.volgorde.zet(nr, u);
    voor_elke_verwijzing(obj, [&](std::string_view veld, const Uuid& doel) {
      voeg_in_op_volgorde(v, v.terug[veld][doel], u);
    });
    indexeer(obj, true);
  }

  // Removes the object and its reverse relations, if stored.
  template <class T>
  void haal_weg(const Uuid& u) {
    auto& v = van<T>();
    auto it = v.items.find(u);
    if (it == v.items.end()) return;
    const T obj = pak_uit<T>(*it);
    indexeer(obj, false);
    voor_elke_verwijzing(obj, [&](std::string_view veld, const Uuid& doel) {
      auto& lijst = v.terug[veld][doel];
      std::erase(lijst, u);
      if (lijst.empty()) v.terug[veld].erase(doel);
    });
    v.volgorde.haal_weg(it->volgnummer());
    v.items.erase(it);
  }

  void leeg() {
    alle_ = Alle{};
    indexen_ = Indexen{};
    teller_ = 0;
  }

  const Indexen& indexen() const { return indexen_; }

private:
  // Inserts e (its uuid already numbered) by volgnummer, not at the end: a
  // replaced object, or one restored by a rollback, keeps its place in the
  // lists. `uuid_van` gives an entry's uuid (the entry itself for a plain list).
  template <class T, class Lijst, class E, class UuidVan = std::identity>
  static void voeg_in_op_volgorde(const Verzameling<T>& v, Lijst& lijst, E e,
                                  UuidVan uuid_van = {}) {
    const std::uint64_t nr = v.volgnummer(std::invoke(uuid_van, e));
    lijst.insert(std::upper_bound(lijst.begin(), lijst.end(), nr,
                                  [&](std::uint64_t n, const auto& x) {
                                    return n < v.volgnummer(std::invoke(uuid_van, x));
                                  }),
                 std::move(e));
  }

  // Adds or removes the entry of object u under `sleutel`; a key left
  // without entries goes.
  template <class T, class Index, class E, class UuidVan = std::identity>
  void zet_in_index(Index& index, std::string_view sleutel, const Uuid& u, bool erbij, E e,
                    UuidVan uuid_van = {}) {
    if (erbij) {
      auto it = index.find(sleutel);
      if (it == index.end()) it = index.try_emplace(Sleutel(sleutel)).first;
      voeg_in_op_volgorde(van<T>(), it->second, std::move(e), uuid_van);
      return;
    }
    const auto it = index.find(sleutel);
    if (it == index.end()) return;
    auto& lijst = it->second;
    lijst.erase(std::remove_if(lijst.begin(), lijst.end(),
                               [&](const auto& x) { return std::invoke(uuid_van, x) == u; }),
                lijst.end());
    if (lijst.empty()) index.erase(it);
  }

  template <class T>
  void indexeer(const T& obj, bool erbij) {
    const Uuid u = *obj.uuid;
    auto lijst = [&](TekstIndex& index, std::string_view sleutel) {
      zet_in_index<T>(index, sleutel, u, erbij, u);
    };
    if constexpr (requires { obj.nummer; }) nummer_index<T>("nummer", obj.nummer, u, erbij);
    if constexpr (requires { obj.referentienummer; })
      nummer_index<T>("referentienummer", obj.referentienummer, u, erbij);
    if constexpr (std::is_same_v<T, PartijIdentificator>) {
      if (obj.partijIdentificator.has_value()) {
        const auto& groep = *obj.partijIdentificator;
        Indexen::Identificator e{u, std::nullopt, std::nullopt};
        if (const auto* p = obj.identificeerdePartij.get(); p && p->uuid.has_value())
          e.partij = *p->uuid;
        if (const auto* soort = groep.codeSoortObjectId.get()) e.soort = *soort;
        zet_in_index<T>(indexen_.identificator_object_id, groep.objectId.value_or(""), u, erbij, e,
                        &Indexen::Identificator::uuid);
      }
    } else if constexpr (std::is_same_v<T, DigitaalAdres>) {
      if (obj.adres.has_value()) lijst(indexen_.adres, *obj.adres);
    } else if constexpr (std::is_same_v<T, Partij>) {
      const std::string naam = partij_naam(obj);
      if (!naam.empty()) lijst(indexen_.partij_naam, naam);
    } else if constexpr (std::is_same_v<T, Onderwerpobject>) {
      if (obj.onderwerpobjectidentificator.has_value())
        lijst(indexen_.onderwerpobject_object_id, obj.onderwerpobjectidentificator->objectId.value_or(""));
    } else if constexpr (std::is_same_v<T, Klantcontact>) {
      if (obj.plaatsgevondenOp.has_value()) {
        const std::int64_t t = microseconden(*obj.plaatsgevondenOp);
        if (erbij) {
          indexen_.plaatsgevonden.emplace(t, u);
        } else {
          auto [b, e] = indexen_.plaatsgevonden.equal_range(t);
          for (auto it = b; it != e; ++it)
            if (it->second == u) {
              indexen_.plaatsgevonden.erase(it);
              break;
            }
        }
      }
    } else if constexpr (std::is_same_v<T, InterneTaak>) {
      if (obj.status.has_value()) {
        if (erbij)
          indexen_.status[*obj.status].insert(u);
        else
          indexen_.status[*obj.status].erase(u);
      }
    }
  }

  template <class T>
  void nummer_index(std::string_view veld, const Field<std::string>& nr, const Uuid& u,
                    bool erbij) {
    if (!nr.has_value()) return;
    auto& index = indexen_.nummer[{Resource<T>::naam, veld}];
    if (erbij)
      index[*nr] = u;
    else if (auto it = index.find(*nr); it != index.end() && it->second == u)
      index.erase(it);
  }

  Indexen indexen_;

  Alle alle_;
  std::uint64_t teller_ = 0;

  friend class Transactie;
  class Transactie* actief_ = nullptr;  // the innermost open transactie
};

// import_snapshot swaps a whole storage in: that must not fail half-way.
static_assert(std::is_nothrow_move_constructible_v<Opslag> &&
              std::is_nothrow_move_assignable_v<Opslag>);

// A write in progress: every change is recorded with its undo, so a failure
// at any step leaves the storage as it was (all-or-nothing). Transacties
// nest: a committed inner one hands its undo to the outer one, so the outer
// (Register::transactie) can still undo it.
class Transactie {
public:
  explicit Transactie(Opslag& o) : o_(o), buiten_(o.actief_) { o_.actief_ = this; }
  ~Transactie() {
    if (!klaar_) terugdraaien();
    o_.actief_ = buiten_;
  }
  Transactie(const Transactie&) = delete;
  Transactie& operator=(const Transactie&) = delete;

  // Inserts or replaces obj.
  template <class T>
  void zet(const T& obj) {
    const Uuid u = *obj.uuid;
    const auto& v = o_.van<T>();
    std::optional<T> oud = v.vind(u);
    std::optional<std::uint64_t> nr;
    if (oud) nr = v.volgnummer(u);
    undo_.push_back([o = &o_, u, oud = std::move(oud), nr] {
      o->haal_weg<T>(u);
      if (oud) o->plaats(*oud, nr);
    });
    o_.haal_weg<T>(u);
    stap();  // test hook: fails between taking the old out and placing the new
    o_.plaats(obj, nr);
  }

  template <class T>
  void wis(const Uuid& u) {
    const auto& v = o_.van<T>();
    std::optional<T> bestaand = v.vind(u);
    if (!bestaand) return;
    undo_.push_back([o = &o_, u, oud = std::move(*bestaand), nr = v.volgnummer(u)] {
      o->haal_weg<T>(u);
      o->plaats(oud, nr);
    });
    o_.haal_weg<T>(u);
    stap();  // test hook: fails after the removal, with its undo recorded
  }

  void commit() {
    // Room first: a failed hand-over must leave this one to roll back.
    if (buiten_) buiten_->undo_.reserve(buiten_->undo_.size() + undo_.size());
    klaar_ = true;
    if (buiten_)
      for (auto& u : undo_) buiten_->undo_.push_back(std::move(u));
    undo_.clear();
  }

private:
  void terugdraaien() {
    for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) (*it)();
    undo_.clear();
  }

  Opslag& o_;
  Transactie* buiten_;
  std::vector<std::function<void()>> undo_;
  bool klaar_ = false;
};

}  // namespace ki::opslag
