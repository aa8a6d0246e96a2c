#include "reference/authority_gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reference/folded_words.h"
#include "support/case_name.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

const AuthorityGazetteer& gazetteer() {
  static const AuthorityGazetteer g =
      AuthorityGazetteer::load(OFSEARCH_SOURCE_DIR "/corpus/authorities.tsv");
  return g;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// ---- find -----------------------------------------------------------------

struct FindCase {
  const char* name;
  const char* expected;  // canonical name, nullptr when unknown
};

class GazetteerFindTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(GazetteerFindTest, ResolvesNamesAliasesSlugsAndDesignations) {
  const Authority* a = gazetteer().find(GetParam().name);
  if (!GetParam().expected) {
    EXPECT_EQ(a, nullptr) << GetParam().name << " -> " << (a ? a->name : "");
    return;
  }
  ASSERT_NE(a, nullptr) << GetParam().name;
  EXPECT_EQ(a->name, GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    CanonicalAndAliases, GazetteerFindTest,
    ::testing::Values(
        FindCase{"Rotherham", "Rotherham"}, FindCase{"Rotherham MBC", "Rotherham"},
        FindCase{"Rotherham Metropolitan Borough Council", "Rotherham"},
        FindCase{"Rotherham Borough Council", "Rotherham"}, FindCase{"Bristol, City of", "Bristol"},
        FindCase{"City of Bristol", "Bristol"}, FindCase{"Bristol City Council", "Bristol"},
        FindCase{"Hull", "Kingston upon Hull"},
        FindCase{"Kingston upon Hull", "Kingston upon Hull"},
        FindCase{"Kingston upon Hull City Council", "Kingston upon Hull"},
        FindCase{"Kingston Upon Hull, City of", "Kingston upon Hull"},
        FindCase{"BCP", "Bournemouth, Christchurch and Poole"},
        FindCase{"BCP Council", "Bournemouth, Christchurch and Poole"},
        FindCase{"Bournemouth, Christchurch & Poole", "Bournemouth, Christchurch and Poole"},
        FindCase{"London Borough of Camden", "Camden"},
        FindCase{"Royal Borough of Greenwich", "Greenwich"},
        FindCase{"Herefordshire, County of", "Herefordshire"},
        FindCase{"Rutland County Council", "Rutland"}, FindCase{"St Helens", "St Helens"},
        FindCase{"St. Helens", "St Helens"}, FindCase{"Southend", "Southend-on-Sea"},
        FindCase{"County Durham", "Durham"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.name, info.index); });

INSTANTIATE_TEST_SUITE_P(
    Reorganisations, GazetteerFindTest,
    ::testing::Values(FindCase{"Bournemouth", "Bournemouth"}, FindCase{"Poole", "Poole"},
                      FindCase{"Borough of Poole", "Poole"}, FindCase{"Dorset", "Dorset"},
                      FindCase{"Dorset Council", "Dorset"},
                      FindCase{"Dorset County Council", "Dorset"},
                      FindCase{"Northamptonshire", "Northamptonshire"},
                      FindCase{"North Northamptonshire Council", "North Northamptonshire"},
                      FindCase{"West Northamptonshire", "West Northamptonshire"},
                      FindCase{"Cumbria County Council", "Cumbria"},
                      FindCase{"Cumberland", "Cumberland"},
                      FindCase{"Westmorland & Furness", "Westmorland and Furness"},
                      FindCase{"North Yorkshire Council", "North Yorkshire"},
                      FindCase{"Somerset Council", "Somerset"},
                      FindCase{"Buckinghamshire Council", "Buckinghamshire"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.name, info.index); });

INSTANTIATE_TEST_SUITE_P(
    SlugsCaseAndPunctuation, GazetteerFindTest,
    ::testing::Values(
        FindCase{"bournemouth-christchurch-and-poole", "Bournemouth, Christchurch and Poole"},
        FindCase{"kingston-upon-hull", "Kingston upon Hull"}, FindCase{"st-helens", "St Helens"},
        FindCase{"ROTHERHAM", "Rotherham"}, FindCase{"  rotherham council ", "Rotherham"},
        FindCase{"Stoke on Trent", "Stoke-on-Trent"},
        FindCase{"stoke-on-trent city council", "Stoke-on-Trent"},
        FindCase{"Telford & Wrekin Council", "Telford and Wrekin"},
        FindCase{"The Royal Borough of Kingston upon Thames", "Kingston upon Thames"},
        FindCase{"City of York Council", "York"},
        FindCase{"City of Bradford Metropolitan District Council", "Bradford"},
        FindCase{"Council of the Isles of Scilly", "Isles of Scilly"},
        FindCase{"Newcastle Upon Tyne City Council", "Newcastle upon Tyne"},
        FindCase{"London Borough of Barking & Dagenham", "Barking and Dagenham"},
        FindCase{"Rotherham\xE2\x80\x99s", "Rotherham"},  // possessive dropped
        FindCase{"R\xC3\xB3therham", "Rotherham"},        // accent
        FindCase{"She\xEF\xAC\x83"
                 "eld City Council",
                 "Sheffield"},                                // PDF ligature
        FindCase{"North\xC2\xA0Tyneside", "North Tyneside"},  // no-break space
        FindCase{"Cheshire", nullptr},                        // split in 2009, before these reports
        FindCase{"Rotheram", nullptr}, FindCase{"", nullptr}, FindCase{"Council", nullptr},
        FindCase{"London", nullptr}, FindCase{"Cardiff", nullptr}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.name, info.index); });

TEST(Gazetteer, EveryAuthorityIsFoundByItsOwnNameSlugAndAliases) {
  for (const auto& a : gazetteer().all()) {
    EXPECT_EQ(gazetteer().find(a.name), &a) << a.name;
    EXPECT_EQ(gazetteer().find(a.slug), &a) << a.slug;
    for (const auto& alias : a.aliases) EXPECT_EQ(gazetteer().find(alias), &a) << alias;
  }
}

TEST(Gazetteer, ListsEveryEnglishChildrensServicesAuthorityOnceInOneOfNineRegions) {
  const auto& all = gazetteer().all();
  EXPECT_GE(all.size(), 150u);
  EXPECT_LE(all.size(), 175u);
  const std::set<std::string> nine = {"North East",    "North West",    "Yorkshire and the Humber",
                                      "East Midlands", "West Midlands", "East of England",
                                      "London",        "South East",    "South West"};
  std::set<std::string> slugs;
  for (const auto& a : all) {
    EXPECT_TRUE(nine.count(a.region)) << a.name << ": " << a.region;
    EXPECT_TRUE(slugs.insert(a.slug).second) << a.slug;
  }
  auto regions = gazetteer().regions();
  EXPECT_EQ(std::set<std::string>(regions.begin(), regions.end()), nine);
  EXPECT_EQ(regions.size(), 9u);
}

// Every local_authority value in the published-judgement tables must resolve, to the
// authority of that name (the tables use lower case and '&').
std::vector<std::string> csv_column(const std::filesystem::path& file, const std::string& column) {
  std::ifstream in(file);
  std::vector<std::string> values;
  std::string line;
  int index = -1;
  while (std::getline(in, line)) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (char c : line) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.emplace_back();
      } else if (c != '\r') {
        cells.back() += c;
      }
    }
    if (index < 0) {
      index = static_cast<int>(std::find(cells.begin(), cells.end(), column) - cells.begin());
      continue;
    }
    if (index < static_cast<int>(cells.size())) values.push_back(cells[index]);
  }
  return values;
}

TEST(Gazetteer, ResolvesEveryAuthorityInThePublishedJudgementTables) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  std::filesystem::path real = *testing::real_reports_dir();
  std::size_t checked = 0;
  for (const char* table : {"ilacs-judgements.csv", "focused-visits.csv"}) {
    for (const auto& value : csv_column(real / table, "local_authority")) {
      const Authority* a = gazetteer().find(value);
      ASSERT_NE(a, nullptr) << table << ": " << value;
      EXPECT_EQ(fold_phrase(a->name), fold_phrase(value)) << table << ": " << value;
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
}

// ---- mentions -------------------------------------------------------------

struct Expected {
  const char* span;  // the text matched
  const char* authority;
  bool other_body;
};

struct MentionCase {
  const char* label;
  const char* text;
  std::vector<Expected> expected;
};

class GazetteerMentionsTest : public ::testing::TestWithParam<MentionCase> {};

TEST_P(GazetteerMentionsTest, FindsCouncilsAndTellsOtherBodiesApart) {
  const std::string text = GetParam().text;
  auto found = gazetteer().mentions(text);
  ASSERT_EQ(found.size(), GetParam().expected.size()) << text;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Expected& want = GetParam().expected[i];
    EXPECT_EQ(text.substr(found[i].offset, found[i].length), want.span) << text;
    EXPECT_EQ(found[i].authority->name, want.authority) << want.span;
    EXPECT_EQ(found[i].other_body, want.other_body) << want.span << " in: " << text;
  }
}

std::string name_of(const ::testing::TestParamInfo<MentionCase>& info) { return info.param.label; }

INSTANTIATE_TEST_SUITE_P(
    SeedSentences, GazetteerMentionsTest,
    ::testing::Values(
        MentionCase{"TrustMembersListPartnersAndCouncil",
                    "The Trust includes representatives from Rutland County Council, Leicester, "
                    "Leicestershire and Rutland Primary Care Trust Cluster, Leicestershire Police, "
                    "Probation, Youth Offending Service, third sector organisations.",
                    {{"Rutland County Council", "Rutland", false},
                     {"Leicester", "Leicester", true},
                     {"Leicestershire", "Leicestershire", true},
                     {"Rutland", "Rutland", true},
                     {"Leicestershire", "Leicestershire", true}}},
        MentionCase{"HealthTrustsBeforeAndAfter",
                    "senior staff from NHS Leicestershire County and Rutland (PCT), Leicester "
                    "Partnership NHS Trust and University Hospitals of Leicester NHS Trust.",
                    {{"Leicestershire", "Leicestershire", true},
                     {"Rutland", "Rutland", true},
                     {"Leicester", "Leicester", true},
                     {"Leicester", "Leicester", true}}},
        MentionCase{"AddresseeBlock",
                    "Mr Jon Stonehouse Strategic Director of Children's Services Rotherham MBC "
                    "Riverside House Main Street Rotherham S60 1AE",
                    {{"Rotherham MBC", "Rotherham", false}, {"Rotherham", "Rotherham", false}}},
        MentionCase{"LongFormWithBorough",
                    "Children looked after by Rotherham Borough Council who need permanence",
                    {{"Rotherham Borough Council", "Rotherham", false}}},
        MentionCase{"JointBoardNamesBoth",
                    "7. The Leicestershire and Rutland Local Safeguarding Children Board (LSCB) "
                    "has an independent chair.",
                    {{"Leicestershire", "Leicestershire", true}, {"Rutland", "Rutland", true}}},
        MentionCase{"PossessiveWithCurlyApostrophe",
                    "They also have access to Rutland\xE2\x80\x99s children in care council.",
                    {{"Rutland", "Rutland", false}}},
        MentionCase{"OfstedLetterheadIsNotManchester",
                    "Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\n23 February 2022",
                    {}}),
    name_of);

INSTANTIATE_TEST_SUITE_P(
    WordBoundariesAndLongestMatch, GazetteerMentionsTest,
    ::testing::Values(
        MentionCase{"LongestNameWins",
                    "Children in North East Lincolnshire, North Lincolnshire and Lincolnshire.",
                    {{"North East Lincolnshire", "North East Lincolnshire", false},
                     {"North Lincolnshire", "North Lincolnshire", false},
                     {"Lincolnshire", "Lincolnshire", false}}},
        MentionCase{"CityInsideCountyIsNotAMention",
                    "Leicestershire and Leicester City Council share an out-of-hours service.",
                    {{"Leicestershire", "Leicestershire", false},
                     {"Leicester City Council", "Leicester", false}}},
        MentionCase{"NameAcrossLineBreakAndComma",
                    "the focused visit to Bournemouth, Christchurch\nand Poole children's services",
                    {{"Bournemouth, Christchurch\nand Poole", "Bournemouth, Christchurch and Poole",
                      false}}},
        MentionCase{"DesignationsAroundTheName",
                    "the London Borough of Camden and the Royal Borough of Greenwich; St. Helens "
                    "Council",
                    {{"London Borough of Camden", "Camden", false},
                     {"Royal Borough of Greenwich", "Greenwich", false},
                     {"St. Helens Council", "St Helens", false}}},
        MentionCase{"AmpersandAndHyphens",
                    "Brighton & Hove and Stoke-on-Trent",
                    {{"Brighton & Hove", "Brighton and Hove", false},
                     {"Stoke-on-Trent", "Stoke-on-Trent", false}}}),
    name_of);

INSTANTIATE_TEST_SUITE_P(
    CommonWordsPeopleAndPlaces, GazetteerMentionsTest,
    ::testing::Values(
        MentionCase{"LowerCaseWordIsNotAName",
                    "Social workers are reading case files on the hull of the ship.",
                    {}},
        MentionCase{"CommonWordAtSentenceStart", "Reading the files, inspectors found delay.", {}},
        MentionCase{
            "CommonWordMidSentence",
            "Children in Reading, Slough and Bury are seen.",
            {{"Reading", "Reading", false}, {"Slough", "Slough", false}, {"Bury", "Bury", false}}},
        MentionCase{"SurnameAfterFirstName",
                    "The inspectors were John Sutton and Ms Richmond, with Dr Kent.",
                    {}},
        MentionCase{"PlaceNameAfterFunctionWord",
                    "Most children in Sutton live locally.",
                    {{"Sutton", "Sutton", false}}},
        MentionCase{"DistrictsAndConurbationsAreNotTheCouncil",
                    "Greater Manchester Police, East Devon and Sutton Coldfield; Devon County "
                    "Council",
                    {{"Devon County Council", "Devon", false}}},
        MentionCase{"UniversitiesAndFootballClubs",
                    "Durham University, the University of Bradford and Leicester City Football "
                    "Club",
                    {{"Durham", "Durham", true},
                     {"Bradford", "Bradford", true},
                     {"Leicester City", "Leicester", true}}},
        MentionCase{"LowerCasePoliceRightAfter",
                    "Liaison with Surrey police is strong.",
                    {{"Surrey", "Surrey", true}}}),
    name_of);

TEST(Gazetteer, SeedLettersMentionOnlyTheirOwnCouncil) {
  struct Seed {
    const char* file;
    const char* authority;
  };
  for (const Seed& seed : {Seed{"000_ca7f3efedd020b83.txt", "Rutland"},
                           Seed{"004_5afff43e7ce7bb93.txt", "Rotherham"}}) {
    std::string text = read_file(std::string(OFSEARCH_SOURCE_DIR "/corpus/reports/") + seed.file);
    auto found = gazetteer().mentions(text);
    EXPECT_GE(found.size(), 5u) << seed.file;
    for (const auto& m : found) {
      EXPECT_EQ(m.authority->name, seed.authority) << text.substr(m.offset, m.length);
      EXPECT_FALSE(m.other_body) << text.substr(m.offset, m.length);
    }
  }
}

TEST(Gazetteer, MentionOffsetsPointIntoTheOriginalText) {
  std::string text = read_file(OFSEARCH_SOURCE_DIR "/corpus/reports/002_e52ea3f525227045.txt");
  auto found = gazetteer().mentions(text);
  ASSERT_GT(found.size(), 20u);
  for (const auto& m : found) {
    ASSERT_LE(m.offset + m.length, text.size());
    EXPECT_EQ(gazetteer().find(text.substr(m.offset, m.length)), m.authority)
        << text.substr(m.offset, m.length);
  }
}

// ---- closest --------------------------------------------------------------

TEST(Gazetteer, ClosestSuggestsTheNearestNamesFirst) {
  struct Case {
    const char* typo;
    const char* first;
  };
  for (const Case& c :
       {Case{"Rotheram", "Rotherham"}, Case{"Leicstershire", "Leicestershire"},
        Case{"Bournmouth", "Bournemouth"}, Case{"Kingston", "Kingston upon Thames"},
        Case{"Nottinghamshire county", "Nottinghamshire"}, Case{"Cheshire", "Cheshire East"}}) {
    auto names = gazetteer().closest(c.typo, 3);
    ASSERT_FALSE(names.empty()) << c.typo;
    EXPECT_LE(names.size(), 3u);
    EXPECT_EQ(names[0], c.first) << c.typo;
  }
  EXPECT_TRUE(gazetteer().closest("zzzzqqq", 3).empty());
  EXPECT_EQ(gazetteer().closest("Rotheram", 1).size(), 1u);
}

// ---- load errors ----------------------------------------------------------

class GazetteerLoadTest : public ::testing::Test {
 protected:
  // A folder per process: ctest runs these tests at once, and a shared one raced.
  std::filesystem::path write(const std::string& body) {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("gazetteer_load_test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "authorities.tsv") << body;
    return dir_ / "authorities.tsv";
  }
  std::string error_of(const std::string& body) {
    auto path = write(body);
    try {
      AuthorityGazetteer::load(path, dir_ / "none.tsv",
                               OFSEARCH_SOURCE_DIR "/corpus/authority_forms.tsv");
    } catch (const std::runtime_error& e) {
      return e.what();
    }
    return "";
  }
  std::filesystem::path dir_;
};

TEST_F(GazetteerLoadTest, RejectsBadRowsNamingFileAndLine) {
  const std::string head = "# comment\nname\tslug\tregion\taliases\tcaution\n";
  struct Case {
    std::string rows;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {"Rutland\trutland\tEast Midlands\t\nLeicester\tleicester\tEast Midlands\tRutland\n",
            ":4: 'rutland' already names Rutland"},
           {"Rutland\trutland\tEast Mids\t\n", ":3: region 'East Mids'"},
           {"Rutland\tRutland County\tEast Midlands\t\n", ":3: slug 'Rutland County'"},
           {"\trutland\tEast Midlands\t\n", ":3: empty name"},
           {"Rutland\trutland\tEast Midlands\tRutland CC\tperson\n", ":3: caution 'person'"},
       }) {
    std::string error = error_of(head + c.rows);
    EXPECT_NE(error.find("authorities.tsv" + c.message), std::string::npos) << c.rows << error;
  }
  EXPECT_NE(error_of("name\tslug\n").find("no column 'region'"), std::string::npos);
}

TEST_F(GazetteerLoadTest, LoadsWithoutCompanionFiles) {
  auto path = write("name\tslug\tregion\taliases\nRutland\trutland\tEast Midlands\tRCC\n");
  auto g = AuthorityGazetteer::load(path);
  ASSERT_EQ(g.all().size(), 1u);
  EXPECT_EQ(g.find("rcc"), &g.all()[0]);
  EXPECT_EQ(g.find("Rutland County Council"), nullptr);  // no designations without the forms
  EXPECT_EQ(g.mentions("Visit to Rutland.").size(), 1u);
}

}  // namespace
}  // namespace ofsearch
