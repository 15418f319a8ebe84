#pragma once
// The `klantinteracties` command-line tool: its subcommands and the parts they
// share. The CLI only translates between files and the library; it holds no
// rules of its own.

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "klantinteracties/json/components.hpp"
#include "klantinteracties/json/limieten.hpp"

namespace ki::cli {

// Exit codes, the same for every subcommand.
enum Exit : int {
  exit_ok = 0,        // done; the input is good
  exit_invalid = 1,   // the input was judged and rejected: error document on stdout
  exit_usage = 2,     // wrong command line or unreadable input: one line on stderr
  exit_internal = 3,  // a bug: message on stderr
};

using Args = std::span<const std::string_view>;

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

// One subcommand: `klantinteracties <naam> ...`.
struct Subcommand {
  std::string_view naam;
  std::string_view summary;       // one line for `klantinteracties --help`
  int (*run)(Args args, Io& io);  // args after the subcommand's name
};

// Every subcommand, in the order `--help` lists them.
std::span<const Subcommand> subcommands();

// The whole tool: `args` are the arguments after the program name.
int run(Args args, Io& io);

// ---- shared by the subcommands ----------------------------------------------

// Writes `<command>: <message> (see '<command> --help')` as one line on stderr
// and returns exit_usage. `command` is e.g. "klantinteracties roundtrip".
int usage_error(Io& io, std::string_view command, std::string_view message);

// The command line shared by the subcommands that judge one document:
//   --type T [FILE|-]     (also --type=T, -t T; `--` ends the options)
struct DocumentArgs {
  const json::Component* component = nullptr;
  std::string file = "-";  // "-" is stdin
  json::Limieten limieten{};  // --max-bytes, --max-depth
};


// Parses `args` for `command`. Returns the arguments, or std::nullopt after it
// set `exit_code`: exit_ok when it printed `usage` for --help, exit_usage
// after a one-line error on stderr.
std::optional<DocumentArgs> parse_document_args(std::string_view command, std::string_view usage,
                                                Args args, Io& io, int& exit_code);

// Reads `file` ("-": io.in), at most `max_bytes` + 1 bytes (enough for the
// parser to refuse it as too large, without reading an endless stream). On
// failure writes a one-line error for `command` and returns std::nullopt.
std::optional<std::string> read_document(std::string_view command, const std::string& file, Io& io,
                                         std::size_t max_bytes = json::Limieten{}.max_bytes);

// ---- the subcommands --------------------------------------------------------

int roundtrip(Args args, Io& io);
int validate(Args args, Io& io);

}  // namespace ki::cli
