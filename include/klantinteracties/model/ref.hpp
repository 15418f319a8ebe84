#pragma once
// References to other resources: `{uuid, url}` on the wire (model.md §1.3).

#include <string>
#include <string_view>

#include "klantinteracties/model/describe.hpp"
#include "klantinteracties/model/values.hpp"

namespace ki {

// The collection and the name Open Klant uses for a resource type
// ("Partij object bestaat niet.", /partijen/{uuid}); specialised per resource.
template <class T>
struct Resource;

// A reference to a resource of type T. `uuid` is required in a request; `url`
// is read-only. An InterneTaak without actors renders `{"uuid": null}`, so
// `uuid` can be null in a response.
template <class T>
struct Ref {
  Field<Uuid> uuid;
  Field<std::string> url;
  Unknown unknown;
  friend bool operator==(const Ref&, const Ref&) = default;
};

template <class T>
struct Describe<Ref<T>> {
  static constexpr std::string_view naam = "ForeignKey";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Ref<T>::uuid, required),
      veld("url", &Ref<T>::url, read_only | max_length(1000)),
  };
};

struct Categorie;
struct CategorieRelatie;

// CategorieForeignKey: adds the read-only `naam` of the categorie.
struct CategorieRef {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<std::string> naam;
  Unknown unknown;
  friend bool operator==(const CategorieRef&, const CategorieRef&) = default;
};

template <>
struct Describe<CategorieRef> {
  static constexpr std::string_view naam = "CategorieForeignKey";
  static constexpr auto velden = std::tuple{
      veld("uuid", &CategorieRef::uuid, required),
      veld("url", &CategorieRef::url, read_only | max_length(1000)),
      veld("naam", &CategorieRef::naam, read_only),
  };
};

// CategorieRelatieForeignKey, as listed on a Partij.
struct CategorieRelatieRef {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<std::string> categorieNaam;
  Field<Date> beginDatum;
  Field<Date> eindDatum;
  Unknown unknown;
  friend bool operator==(const CategorieRelatieRef&, const CategorieRelatieRef&) = default;
};

template <>
struct Describe<CategorieRelatieRef> {
  static constexpr std::string_view naam = "CategorieRelatieForeignKey";
  static constexpr auto velden = std::tuple{
      veld("uuid", &CategorieRelatieRef::uuid, required),
      veld("url", &CategorieRelatieRef::url, read_only | max_length(1000)),
      veld("categorieNaam", &CategorieRelatieRef::categorieNaam, read_only | nullable),
      veld("beginDatum", &CategorieRelatieRef::beginDatum, nullable),
      veld("eindDatum", &CategorieRelatieRef::eindDatum, nullable),
  };
};

// The resource a reference type points at (Ref<Partij> -> Partij; void for
// anything that is not a reference).
template <class R>
struct RefDoel {
  using type = void;
};
template <class X>
struct RefDoel<Ref<X>> {
  using type = X;
};
template <>
struct RefDoel<CategorieRef> {
  using type = Categorie;
};

}  // namespace ki
