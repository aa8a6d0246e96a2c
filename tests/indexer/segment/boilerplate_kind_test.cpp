#include "indexer/segment/boilerplate_kind.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "reference/reference_data.h"
#include "reference/tsv_reader.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

struct NameCase {
  BoilerplateKind kind;
  const char* name;
};

class BoilerplateKindNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(BoilerplateKindNameTest, NamesEachKindBothWays) {
  EXPECT_EQ(name_of(GetParam().kind), GetParam().name);
  if (GetParam().kind == BoilerplateKind::none) {
    EXPECT_FALSE(boilerplate_kind_named(GetParam().name));
  } else {
    EXPECT_EQ(boilerplate_kind_named(GetParam().name), GetParam().kind);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, BoilerplateKindNameTest,
    ::testing::Values(NameCase{BoilerplateKind::none, ""},
                      NameCase{BoilerplateKind::salutation, "salutation"},
                      NameCase{BoilerplateKind::signoff, "signoff"},
                      NameCase{BoilerplateKind::signature, "signature"},
                      NameCase{BoilerplateKind::letterhead, "letterhead"},
                      NameCase{BoilerplateKind::contact, "contact"},
                      NameCase{BoilerplateKind::copyright, "copyright"},
                      NameCase{BoilerplateKind::form_field, "form_field"},
                      NameCase{BoilerplateKind::title_page, "title_page"},
                      NameCase{BoilerplateKind::furniture, "furniture"},
                      NameCase{BoilerplateKind::page_furniture, "page_furniture"},
                      NameCase{BoilerplateKind::contents, "contents"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.name, info.index); });

TEST(BoilerplateKindTest, AnUnknownNameIsNoKind) {
  EXPECT_FALSE(boilerplate_kind_named("Salutation"));
  EXPECT_FALSE(boilerplate_kind_named("footer"));
}

TEST(BoilerplateKindTest, EveryKindInTheDataFileHasAName) {
  TsvTable table = read_tsv(ReferenceData::default_corpus_dir() / "boilerplate.tsv");
  std::set<std::string> kinds;
  for (const auto& row : table.rows) kinds.insert(table.cell(row, "kind"));
  EXPECT_GE(kinds.size(), 9u);
  for (const auto& kind : kinds) EXPECT_TRUE(boilerplate_kind_named(kind)) << kind;
}

}  // namespace
}  // namespace ofsearch
