#pragma once
// Renders stored objects as Open Klant's API does (model.md §1.9): every
// property present, groups complete, absolute URLs, reverse relations.

#include <string>
#include <string_view>

#include "klantinteracties/json/scalars.hpp"
#include "opslag.hpp"

namespace ki::opslag {

class Weergave {
public:
  Weergave(const Opslag& o, std::string_view base_url) : o_(o), base_(base_url) {}

  template <class X>
  std::string url(const Uuid& u) const {
    return base_ + "/klantinteracties/api/v1/" + std::string(Resource<X>::collectie) + "/" +
           json::format_uuid(u);
  }

  template <class X>
  Ref<X> ref(const Uuid& u) const {
    Ref<X> r;
    r.uuid = u;
    r.url = url<X>(u);
    return r;
  }

  // The resource as a GET returns it; `expand`: comma-separated names.
  template <class T>
  T render(const T& stored, std::string_view expand = {}) const;

  const Opslag& opslag() const { return o_; }

private:
  const Opslag& o_;
  std::string base_;
};

}  // namespace ki::opslag
