// klantinteracties roundtrip --type T [--max-bytes N] [--max-depth N] [FILE|-]
//
// Decodes the document as component T and prints it re-encoded: the JSON the
// library would send for it. Shows what the library keeps, normalises (uuid
// and date-time forms, snake_case keys) and rejects at the decoding stage.
// It does not apply validation rules (required fields, lengths, formats).

#include <boost/json/serialize.hpp>

#include <ostream>

#include "cli.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/error_document.hpp"

namespace ki::cli {

namespace {

constexpr std::string_view kUsage =
    "usage: klantinteracties roundtrip --type T [--max-bytes N] [--max-depth N] [FILE|-]\n"
    "\n"
    "Decodes FILE (or standard input, for '-' or no FILE) as the OpenAPI component T\n"
    "of the Klantinteracties API (Klantcontact, Partij, PatchedPartij, MaakKlantcontact,\n"
    "ExpandKlantcontact, PaginatedPartijList, ...; any letter case) and prints it\n"
    "re-encoded as compact JSON, the way the library writes it.\n"
    "Only decoding is judged here (JSON syntax, types, nested shapes), not the\n"
    "validation rules of the API.\n"
    "\n"
    "options:\n"
    "  -t, --type T     the OpenAPI component to decode as (required)\n"
    "  --max-bytes N    refuse a document larger than N bytes (default 16 MiB)\n"
    "  --max-depth N    refuse nesting deeper than N levels (default 64)\n"
    "  -h, --help       show this help\n"
    "\n"
    "exit codes:\n"
    "  0  decoded; the re-encoded JSON is on stdout\n"
    "  1  not decodable; the API's error document (HTTP 400 body) is on stdout\n"
    "  2  usage error or unreadable FILE; a message is on stderr\n";

}  // namespace

int roundtrip(Args args, Io& io) {
  int exit_code = exit_ok;
  const auto parsed = parse_document_args("roundtrip", kUsage, args, io, exit_code);
  if (!parsed) return exit_code;
  const auto text = read_document("roundtrip", parsed->file, io, parsed->limieten.max_bytes);
  if (!text) return exit_usage;

  InvalidParams errors;
  const boost::json::value body = json::parse(*text, errors, parsed->limieten);
  boost::json::value encoded;
  if (errors.empty()) encoded = parsed->component->roundtrip(body, errors);
  if (!errors.empty()) {
    io.out << json::error_document_string(errors) << '\n';
    return exit_invalid;
  }
  io.out << boost::json::serialize(encoded) << '\n';
  return exit_ok;
}

}  // namespace ki::cli
