#pragma once
// All cases of ki::cases (spec/cases.md).

#include "klantinteracties/cases/c0992.hpp"          // IWYU pragma: export
#include "klantinteracties/cases/c9018.hpp"          // IWYU pragma: export
#include "klantinteracties/cases/c9167.hpp"          // IWYU pragma: export
#include "klantinteracties/cases/gegevens.hpp"       // IWYU pragma: export
#include "klantinteracties/cases/interne_taken.hpp"  // IWYU pragma: export
