// The subcommand table and the top level of the command line:
//   klantinteracties [--help | --version]
//   klantinteracties <subcommand> [options...]

#include <array>
#include <ostream>
#include <string_view>

#include "cli.hpp"

#ifndef KI_VERSION
#error "KI_VERSION must be defined by the build"
#endif

namespace ki::cli {

namespace {

constexpr std::array kSubcommands{
    Subcommand{"roundtrip", "decode a document as an OpenAPI component and print it re-encoded",
               &roundtrip},
    Subcommand{"validate", "validate a request body as Open Klant would (exit 0 valid, 1 invalid)",
               &validate},
};

void print_usage(std::ostream& out) {
  out << "usage: klantinteracties <subcommand> [options] [FILE|-]\n"
         "       klantinteracties --help | --version\n"
         "\n"
         "The Klantinteracties API (VNG standard, as Open Klant serves it), offline.\n"
         "\n"
         "subcommands:\n";
  for (const auto& s : kSubcommands) {
    out << "  " << s.naam;
    for (std::size_t i = s.naam.size(); i < 12; ++i) out << ' ';
    out << s.summary << '\n';
  }
  out << "\n"
         "Run 'klantinteracties <subcommand> --help' for its options.\n"
         "\n"
         "exit codes: 0 done, 1 input rejected (error document on stdout),\n"
         "            2 usage error or unreadable input (message on stderr)\n";
}

}  // namespace

std::span<const Subcommand> subcommands() { return kSubcommands; }

int usage_error(Io& io, std::string_view command, std::string_view message) {
  io.err << command << ": " << message << " (see '" << command << " --help')\n";
  return exit_usage;
}

int run(Args args, Io& io) {
  constexpr std::string_view tool = "klantinteracties";
  if (args.empty()) return usage_error(io, tool, "missing subcommand");
  const std::string_view first = args.front();
  if (first == "--help" || first == "-h") {
    print_usage(io.out);
    return exit_ok;
  }
  if (first == "--version") {
    io.out << tool << ' ' << KI_VERSION << '\n';
    return exit_ok;
  }
  if (first.starts_with('-'))
    return usage_error(io, tool, "unknown option '" + std::string(first) + "'");
  for (const auto& s : kSubcommands)
    if (s.naam == first) return s.run(args.subspan(1), io);
  return usage_error(io, tool, "unknown subcommand '" + std::string(first) + "'");
}

}  // namespace ki::cli
