// DfE and ONS codes and statistical neighbours (corpus/la_codes.tsv) joined to the
// gazetteer: looked up by name and by DfE number, every neighbour resolves to a known
// authority, bad rows are refused naming file and line, and records carry the codes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "reference/authority_gazetteer.h"
#include "reference/reference_data.h"
#include "schema/paragraph_record.h"

namespace ofsearch {
namespace {

struct CodeRow {
  const char* name;
  const char* la_code;
  const char* ons_code;
  const char* first_neighbour;  // closest statistical neighbour's name ("" = none listed)
};

class AuthorityCodesTest : public ::testing::TestWithParam<CodeRow> {};

TEST_P(AuthorityCodesTest, NameAndDfeNumberFindTheSameAuthorityWithItsCodes) {
  const auto& gazetteer = reference_data().authorities;
  const Authority* a = gazetteer.find(GetParam().name);
  ASSERT_NE(a, nullptr) << GetParam().name;
  EXPECT_EQ(a->la_code, GetParam().la_code);
  EXPECT_EQ(a->ons_code, GetParam().ons_code);
  EXPECT_EQ(gazetteer.find_by_la_code(GetParam().la_code), a);
  if (*GetParam().first_neighbour) {
    ASSERT_EQ(a->neighbours.size(), 10u);
    const Authority* closest = gazetteer.find_by_la_code(a->neighbours.front());
    ASSERT_NE(closest, nullptr);
    EXPECT_EQ(closest->name, GetParam().first_neighbour);
  } else {
    EXPECT_TRUE(a->neighbours.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Authorities, AuthorityCodesTest,
                         ::testing::Values(CodeRow{"Rotherham", "372", "E08000018", "Barnsley"},
                                           CodeRow{"Rotherham MBC", "372", "E08000018", "Barnsley"},
                                           CodeRow{"Rutland", "857", "E06000017", "Wiltshire"},
                                           CodeRow{"BCP", "839", "E06000058", "Bedford"},
                                           CodeRow{"Cumbria", "909", "E10000006", ""}),
                         [](const auto& info) {
                           std::string name;
                           for (char c : std::string(info.param.name))
                             name += std::isalnum(c) ? c : '_';
                           return name;
                         });

TEST(AuthorityCodes, EveryNeighbourIsAKnownAuthorityAndEveryCodeIsUnique) {
  const auto& gazetteer = reference_data().authorities;
  std::size_t with_codes = 0;
  for (const auto& a : gazetteer.all()) {
    if (a.la_code.empty()) continue;
    ++with_codes;
    EXPECT_EQ(gazetteer.find_by_la_code(a.la_code), &a) << a.name;
    EXPECT_EQ(a.ons_code.rfind("E", 0), 0u) << a.name << " " << a.ons_code;
    for (const auto& n : a.neighbours) EXPECT_NE(gazetteer.find_by_la_code(n), nullptr) << a.name;
  }
  // The lookup lists 156 authorities; the gazetteer also holds Bournemouth (to 2019).
  EXPECT_GE(with_codes, 150u);
  EXPECT_EQ(gazetteer.find("Bournemouth")->la_code, "");
}

TEST(AuthorityCodes, ARowNamingAnUnknownAuthorityIsRefusedWithFileAndLine) {
  auto dir = std::filesystem::path(::testing::TempDir()) / ("codes-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const char* file : {"authorities.tsv", "other_bodies.tsv", "authority_forms.tsv"})
    std::filesystem::copy_file(ReferenceData::default_corpus_dir() / file, dir / file,
                               std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "la_codes.tsv") << "name\tla_code\tons_code\tneighbours\tpopulation_0_25\t"
                                         "la_type\nAtlantis\t999\tE0\t\t\t\n";
  try {
    AuthorityGazetteer::load(dir / "authorities.tsv");
    FAIL() << "an unknown authority was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("la_codes.tsv"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("Atlantis"), std::string::npos) << e.what();
  }
  std::filesystem::remove_all(dir);
}

TEST(AuthorityCodes, ReportAndParagraphRecordsCarryTheCodes) {
  Report report;
  report.report_id = "r";
  report.authority = "Rotherham";
  Paragraph p;
  p.ordinal = 1;
  report.paragraphs = {p};
  EXPECT_EQ(report_record(report)["la_code"], "372");
  EXPECT_EQ(report_record(report)["ons_code"], "E08000018");
  EXPECT_EQ(paragraph_record(report, p)["la_code"], "372");
  report.authority.reset();
  EXPECT_TRUE(paragraph_record(report, p)["ons_code"].is_null());
}

}  // namespace
}  // namespace ofsearch
