#pragma once
// The limits on a JSON document from outside. Open Klant has its own (the web
// server's body size, Python's recursion limit); the library states them so a
// hostile or broken body is answered with an error document, never a crash or
// an unbounded allocation.

#include <cstddef>

namespace ki::json {

struct Limieten {
  // The document's size in bytes.
  std::size_t max_bytes = std::size_t{16} * 1024 * 1024;
  // Nesting of arrays and objects; the body object itself is level 1.
  std::size_t max_diepte = 64;
};

}  // namespace ki::json
