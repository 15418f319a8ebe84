// klantinteracties validate --type T [--mode create|update|partial]
//     [--profile openklant|strict] [--referentielijsten FILE] [--print]
//     [--max-bytes N] [--max-depth N] [FILE|-]
//
// Judges the document as Open Klant's endpoint for component T would.

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <ostream>
#include <vector>

#include "cli.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/error_document.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"

namespace ki::cli {

namespace {

constexpr std::string_view kCommand = "klantinteracties validate";

constexpr std::string_view kUsage =
    "usage: klantinteracties validate --type T [--mode create|update|partial]\n"
    "           [--profile openklant|strict] [--referentielijsten FILE] [--print]\n"
    "           [--max-bytes N] [--max-depth N] [FILE|-]\n"
    "\n"
    "Validates FILE (or standard input, for '-' or no FILE) as a request body of the\n"
    "OpenAPI component T (Klantcontact, Partij, PatchedPartij, MaakKlantcontact, ...;\n"
    "any letter case), with Open Klant's verdict and invalidParams. Rules that need\n"
    "stored data (existing references, uniqueness) are not judged here.\n"
    "\n"
    "options:\n"
    "  -t, --type T              the OpenAPI component (required)\n"
    "  --mode M                  create (POST), update (PUT) or partial (PATCH);\n"
    "                            default: partial for Patched*, else create\n"
    "  --profile P               openklant (default: Open Klant's verdict) or strict\n"
    "  --referentielijsten FILE  reference lists: a JSON object {\"kanaal\": <list>, ...}\n"
    "                            (keys kanaal, land, taal, soort_digitaal_adres,\n"
    "                            soort_object, soort_object_id, extern_register), or one\n"
    "                            list document, taken as the Kanaal list; a Kanaal list\n"
    "                            switches kanaal validation on\n"
    "  --print                   when valid, print the normalised object\n"
    "  --max-bytes N             refuse a document larger than N bytes (default 16 MiB)\n"
    "  --max-depth N             refuse nesting deeper than N levels (default 64)\n"
    "  -h, --help                show this help\n"
    "\n"
    "exit codes:\n"
    "  0  valid (nothing on stdout, or the normalised object with --print)\n"
    "  1  invalid or malformed JSON; the API's error document (HTTP 400 body) on stdout\n"
    "  2  usage error or unreadable FILE; a message is on stderr\n";

struct ValidateArgs {
  std::optional<rules::Modus> modus;
  rules::Profiel profiel = rules::Profiel::openklant;
  std::optional<std::string> referentielijsten;
  bool print = false;
  std::vector<std::string_view> rest;  // for parse_document_args
};

// Takes this subcommand's own options out of `args`; the rest is --type and FILE.
std::optional<ValidateArgs> parse(Args args, Io& io, int& exit_code) {
  ValidateArgs out;
  auto fail = [&](const std::string& message) {
    exit_code = usage_error(io, kCommand, message);
    return std::nullopt;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    auto waarde = [&]() -> std::optional<std::string_view> {
      if (i + 1 == args.size()) return std::nullopt;
      return args[++i];
    };
    if (a == "--") {
      out.rest.insert(out.rest.end(), args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
      break;
    }
    if (a == "--mode") {
      const auto m = waarde();
      if (m == "create") out.modus = rules::Modus::create;
      else if (m == "update") out.modus = rules::Modus::update;
      else if (m == "partial") out.modus = rules::Modus::partial;
      else return fail("--mode takes create, update or partial");
    } else if (a == "--profile") {
      const auto p = waarde();
      if (p == "openklant") out.profiel = rules::Profiel::openklant;
      else if (p == "strict") out.profiel = rules::Profiel::strict;
      else return fail("--profile takes openklant or strict");
    } else if (a == "--referentielijsten") {
      const auto f = waarde();
      if (!f) return fail("option '--referentielijsten' needs a value");
      out.referentielijsten = std::string(*f);
    } else if (a == "--print") {
      out.print = true;
    } else {
      out.rest.push_back(a);
    }
  }
  return out;
}

// Loads the --referentielijsten document; errors are reported as invalid input.
InvalidParams laad(referentielijsten::Referentielijsten& lijsten, const std::string& tekst) {
  boost::system::error_code ec;
  const boost::json::value doc = boost::json::parse(tekst, ec);
  if (ec) return {{"referentielijsten", "parse_error", "JSON parse error - " + ec.message()}};
  InvalidParams errors;
  if (doc.is_object() && !doc.get_object().contains("results")) {
    for (const auto& kv : doc.get_object()) {
      const auto lijst = referentielijsten::lijst_uit_naam(kv.key());
      if (!lijst) {
        errors.push_back({"referentielijsten." + std::string(kv.key()), "invalid",
                          "Onbekende referentielijst."});
        continue;
      }
      for (auto& e : lijsten.laad(*lijst, boost::json::serialize(kv.value())))
        errors.push_back({"referentielijsten." + std::string(kv.key()) + "." + e.name, e.code,
                          e.reason});
    }
    return errors;
  }
  return lijsten.laad(referentielijsten::Lijst::kanaal, tekst);
}

}  // namespace

int validate(Args args, Io& io) {
  int exit_code = exit_ok;
  const auto opties = parse(args, io, exit_code);
  if (!opties) return exit_code;
  const auto parsed = parse_document_args("validate", kUsage, opties->rest, io, exit_code);
  if (!parsed) return exit_code;
  if (!parsed->component->validate) {
    // Built by appending: `"'" + std::string(...)` trips GCC 12's -Wrestrict
    // false positive at -O2/-O3 (GCC PR 105329).
    std::string message = "'";
    message += parsed->component->naam;
    message += "' is not a request body; name a resource or Patched* component";
    return usage_error(io, kCommand, message);
  }

  auto lijsten = referentielijsten::Referentielijsten::standaard();
  if (opties->referentielijsten) {
    const auto tekst = read_document("validate", *opties->referentielijsten, io);
    if (!tekst) return exit_usage;
    if (auto errors = laad(lijsten, *tekst); !errors.empty()) {
      io.out << json::error_document_string(errors) << '\n';
      return exit_invalid;
    }
  }
  const auto text = read_document("validate", parsed->file, io, parsed->limieten.max_bytes);
  if (!text) return exit_usage;

  InvalidParams errors;
  const boost::json::value body = json::parse(*text, errors, parsed->limieten);
  boost::json::value normaal;
  if (errors.empty()) {
    rules::Options opt;
    opt.modus = opties->modus.value_or(parsed->component->modus());
    opt.profiel = opties->profiel;
    opt.referentielijsten = &lijsten;
    normaal = parsed->component->validate(body, opt, errors);
  }
  if (!errors.empty()) {
    io.out << json::error_document_string(errors) << '\n';
    return exit_invalid;
  }
  if (opties->print) io.out << boost::json::serialize(normaal) << '\n';
  return exit_ok;
}

}  // namespace ki::cli
