#pragma once
// A page of a list endpoint (model.md §9): `{count, next, previous, results}`,
// and the body of DELETE /onderwerpobjecten/{uuid}?cascade=true.

#include <cstdint>
#include <string>
#include <vector>

#include "klantinteracties/model/describe.hpp"
#include "klantinteracties/model/values.hpp"

namespace ki {

template <class T>
struct Pagina {
  Field<std::int64_t> count;
  Field<std::string> next;
  Field<std::string> previous;
  Field<std::vector<T>> results;
  Unknown unknown;
  friend bool operator==(const Pagina&, const Pagina&) = default;
};

template <class T>
struct Describe<Pagina<T>> {
  static constexpr std::string_view naam = "Paginated";
  static constexpr auto velden = std::tuple{
      veld("count", &Pagina<T>::count, required),
      veld("next", &Pagina<T>::next, nullable),
      veld("previous", &Pagina<T>::previous, nullable),
      veld("results", &Pagina<T>::results, required),
  };
};

struct OnderwerpobjectDeleteResponse {
  Field<std::vector<std::string>> behouden;  // URLs of the klantcontacten kept
  Unknown unknown;
  friend bool operator==(const OnderwerpobjectDeleteResponse&,
                         const OnderwerpobjectDeleteResponse&) = default;
};

template <>
struct Describe<OnderwerpobjectDeleteResponse> {
  static constexpr std::string_view naam = "OnderwerpobjectDeleteResponse";
  static constexpr auto velden = std::tuple{
      veld("behouden", &OnderwerpobjectDeleteResponse::behouden, required),
  };
};

}  // namespace ki
