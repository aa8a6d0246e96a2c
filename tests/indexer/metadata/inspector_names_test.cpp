// The inspectors of a report, lead first, read from lines as real reports print them
// (pdftotext -layout of ../shared/corpus/real ILACS, SIF and focused-visit letters, and
// the bundled text reports); texts that name no inspector name none.
#include "indexer/metadata/inspector_names.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/case_name.h"

namespace ofsearch {
namespace {

using Names = std::vector<std::string>;

const InspectorCues& cues() {
  static const InspectorCues loaded =
      InspectorCues::load(OFSEARCH_SOURCE_DIR "/corpus/inspector_cues.tsv");
  return loaded;
}

struct NamesCase {
  const char* label;
  const char* text;
  Names inspectors;  // lead first
};

class InspectorNamesTest : public ::testing::TestWithParam<NamesCase> {};

TEST_P(InspectorNamesTest, ReadsTheInspectorsLeadFirst) {
  EXPECT_EQ(inspector_names(GetParam().text, cues()), GetParam().inspectors);
}

INSTANTIATE_TEST_SUITE_P(
    PrintedForms, InspectorNamesTest,
    ::testing::Values(
        NamesCase{
            "ILACS title on the next line",
            "Isle of Wight Council\nInspection of children\xE2\x80\x99s social care services\n"
            "Inspection dates: 19 November 2018 to 30 November 2018\n\n"
            "Lead inspector: Tracey Scott\n                Her Majesty\xE2\x80\x99s Inspector\n",
            {"Tracey Scott"}},
        NamesCase{"ILACS title after a comma",
                  "Lead inspector: Rachel Fairhurst, His Majesty\xE2\x80\x99s Inspector\n",
                  {"Rachel Fairhurst"}},
        NamesCase{"a middle initial", "Lead inspector: Fiona J Millns\n", {"Fiona J Millns"}},
        NamesCase{"HMI in brackets",
                  "Lead inspector: Karen Wareing (HMI)\n\n"
                  "Deputy lead inspector: Nigel Parkes HMI\n",
                  {"Karen Wareing", "Nigel Parkes"}},
        NamesCase{"SIF team block over several lines",
                  "The inspection team\n\nLead inspector: Carolyn Spray HMI\n\n"
                  "Deputy lead inspector: Graham Reiter HMI\n\n"
                  "Team inspectors: Alison Smale HMI; Nick McMullen SHMI; Emmy Tomsett HMI; Tony\n"
                  "Gallagher HMI; Margaret Burke HMI\n\n"
                  "Shadow inspectors: Maire Atherton SCRI\n\n"
                  "Senior data analyst: Stewart Hartshorne\n\n"
                  "Quality assurance manager: Janet Fraser SHMI\n",
                  {"Carolyn Spray", "Graham Reiter", "Alison Smale", "Nick McMullen",
                   "Emmy Tomsett", "Tony Gallagher", "Margaret Burke", "Maire Atherton"}},
        NamesCase{
            "a name broken at its hyphen",
            "Lead inspector: Shirley Bailey\n\nDeputy lead inspector: Paula Thomson- Jones\n\n"
            "Team inspectors: Simone White, Dick O\xE2\x80\x99"
            "Brien, Lisa\nSummers\n\n",
            {"Shirley Bailey", "Paula Thomson-Jones", "Simone White", "Dick O'Brien",
             "Lisa Summers"}},
        NamesCase{"older SIF reporting inspector",
                  "Inspection dates: 3 \xE2\x80\x93 14 October 2011\n\n"
                  "Reporting inspector Ian Young HMI\n\nAge group: All\n",
                  {"Ian Young"}},
        NamesCase{"letter signed below the sign-off",
                  "next inspection or visit.\n\nYours sincerely\n\n\n\n\nRachel Griffiths\n"
                  "His Majesty\xE2\x80\x99s Inspector\n\n\n\n        4\n",
                  {"Rachel Griffiths"}},
        NamesCase{"a misspelt sign-off",
                  "Your sincerely\n\nAmanda Maxwell\nHer Majesty\xE2\x80\x99s Inspector\n",
                  {"Amanda Maxwell"}},
        NamesCase{
            "the visit's inspectors in a sentence, the signatory first",
            "This letter summarises the findings of the focused visit to Rutland children's\n"
            "services on 19 and 20 January 2022. Her Majesty's Inspectors for this visit were\n"
            "John Roughton and Rebecca Quested.\n\nYours sincerely\n\nRebecca Quested  \n"
            "**Her Majesty's Inspector**",
            {"Rebecca Quested", "John Roughton"}},
        NamesCase{
            "titles between the names",
            "on 21 and 22 March 2019. The inspectors were Ian Young, Her Majesty's Inspector, "
            "and Rachel Holden, Her Majesty's Inspector.\n\nYours sincerely\n\n"
            "Ian Young **Her Majesty's Inspector**",
            {"Ian Young", "Rachel Holden"}},
        NamesCase{
            "the title as the sentence's subject",
            "Her Majesty\xE2\x80\x99s inspectors were Matt Reed, Tracey Scott, Nick Stacey, "
            "Maire Atherton and Stephen Bentham.\n\nYours sincerely\n\nMatt Reed\n"
            "Her Majesty\xE2\x80\x99s Inspector\n",
            {"Matt Reed", "Tracey Scott", "Nick Stacey", "Maire Atherton", "Stephen Bentham"}},
        NamesCase{
            "carried out by, with an aside",
            "The visit was carried out by Nick Stacey, Tracey Scott, Alex Dignan, Maire "
            "Atherton and Lee Selby, all of whom are Her Majesty\xE2\x80\x99s Inspectors (HMI).",
            {"Nick Stacey", "Tracey Scott", "Alex Dignan", "Maire Atherton", "Lee Selby"}},
        NamesCase{"work carried out by officers is no list of inspectors",
                  "The inspection was carried out by Independent Reviewing Officers.",
                  {}},
        NamesCase{
            "titles before the names",
            "The inspectors were Her Majesty\xE2\x80\x99s Inspectors (HMIs) Jan Edwards, Brenda "
            "McLaughlin, Matt Reed, Neil Penswick and Malcolm Kirtley.",
            {"Jan Edwards", "Brenda McLaughlin", "Matt Reed", "Neil Penswick", "Malcolm Kirtley"}},
        NamesCase{
            "a joint letter signed by directors names no inspector",
            "Yours sincerely\n\n\n    Ofsted                                        Care Quality "
            "Commission\n\n    National Director                             Ursula Gallagher\n"
            "    Eleanor Schooling                             Deputy Chief Inspector\n",
            {}},
        NamesCase{
            "a director's signature names no inspector",
            "Yours sincerely\n\n\n\n Yvette Stanley\n National Director Regulation and Social "
            "Care, Ofsted\n",
            {}},
        NamesCase{"the lead inspector in running text is not a label",
                  "COVID-19 context. The lead inspector and the director of children's services\n"
                  "agreed arrangements to deliver this visit effectively.\n"
                  "lead inspector and the director agreed the arrangements beforehand.\n",
                  {}},
        NamesCase{"inspectors on site is not a list of names",
                  "The inspectors were on site for the entire visit. Both inspectors were on site.",
                  {}}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

struct ListCase {
  const char* label;
  const char* list;
  bool all_or_nothing;
  Names names;
};

class NamesInTest : public ::testing::TestWithParam<ListCase> {};

TEST_P(NamesInTest, SplitsAListIntoNames) {
  EXPECT_EQ(names_in(GetParam().list, cues(), GetParam().all_or_nothing), GetParam().names);
}

INSTANTIATE_TEST_SUITE_P(
    Lists, NamesInTest,
    ::testing::Values(
        ListCase{"and with a plural title",
                 "Rachel Griffiths and Margaret Burke, Her Majesty's Inspectors.",
                 true,
                 {"Rachel Griffiths", "Margaret Burke"}},
        ListCase{"HMI after each",
                 "Peter McEntee, HMI, and Pauline Higham, HMI.",
                 true,
                 {"Peter McEntee", "Pauline Higham"}},
        ListCase{"a list ends at what is not a name",
                 "Anji Parker, Marcie Taylor, 36, Any complaints about the inspection",
                 false,
                 {"Anji Parker", "Marcie Taylor"}},
        ListCase{"all or nothing", "Anji Parker and the director of children's services", true, {}},
        ListCase{"a full stop between names",
                 "Tony Theodoulou. Tracey Zimmerman",
                 true,
                 {"Tony Theodoulou", "Tracey Zimmerman"}},
        ListCase{"an aside whose bracket is lost",
                 "Susan Myers (HMI), Pauline Higham HMI designate), Russ Henry (HMI)",
                 true,
                 {"Susan Myers", "Pauline Higham", "Russ Henry"}},
        ListCase{"an initial's full stop", "Fiona J. Millns HMI", true, {"Fiona J. Millns"}},
        ListCase{"one word is no name", "Ofsted", true, {}},
        ListCase{"an acronym is no name", "Ian Young DCS", true, {}}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

TEST(InspectorCues, AnUnknownKindIsAnErrorNamingTheFile) {
  std::filesystem::path file = std::filesystem::path(::testing::TempDir()) /
                               ("inspector-cues-" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(file) << "kind\tphrases\nsign-off\tyours sincerely\nfarewell\tbye\n";
  EXPECT_THROW(
      {
        try {
          InspectorCues::load(file);
        } catch (const std::runtime_error& e) {
          EXPECT_NE(std::string(e.what()).find(file.string() + ":3"), std::string::npos);
          throw;
        }
      },
      std::runtime_error);
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace ofsearch
