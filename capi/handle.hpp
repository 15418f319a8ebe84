#pragma once
// The object behind the C ABI's opaque `ki_register` handle.

#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "klantinteracties/referentielijsten/referentielijsten.hpp"
#include "klantinteracties/register/register.hpp"
#include "klantinteracties/rules/options.hpp"

struct ki_register {
  // The process-wide reference lists as they were when the handle was made:
  // the register keeps a plain pointer to them, so the handle owns them.
  std::shared_ptr<const ki::referentielijsten::Referentielijsten> lijsten;
  ki::rules::Profiel profiel = ki::rules::Profiel::openklant;
  std::string base_url;  // for the error documents the ABI writes itself
  ki::Register reg;

  ki_register(std::shared_ptr<const ki::referentielijsten::Referentielijsten> l,
              ki::RegisterOptions options)
      : lijsten(std::move(l)), profiel(options.profiel), base_url(options.base_url), reg([&] {
          options.referentielijsten = lijsten.get();
          return std::move(options);
        }()) {}
};

namespace ki::capi {

// The answer of the register as a status: 2xx KI_OK (the body into `out`
// when it is not null), 400 KI_EINVALID, 404 KI_ENOTFOUND, 409 KI_ECONFLICT;
// the error document into `out` for those. `out` may be NULL.
int antwoord(std::string_view function, const Antwoord& a, char** out);

// The argument `reg`: KI_EINVAL when NULL.
int register_arg(std::string_view function, const ki_register* reg);

}  // namespace ki::capi
