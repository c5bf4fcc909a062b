/* atlas-test-profile.h: profiles for the core tests: the shipped one, and a minimal one with one part replaced
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-profile.h"

G_BEGIN_DECLS

extern const char atlas_test_minimal_profile[];

GBytes       *atlas_test_read_file           (const char        *path);
GBytes       *atlas_test_shipped_bytes       (void);
AtlasProfile *atlas_test_load_shipped        (void);
gpointer      atlas_test_find_item           (GListModel        *model,
                                              const char        *id);
GBytes       *atlas_test_profile_with        (const char        *member,
                                              const char        *value);
GPtrArray    *atlas_test_load_problems       (GBytes            *bytes,
                                              AtlasProfileError  expected_code);
void          atlas_test_assert_one_problem  (GBytes            *bytes,
                                              const char        *expected);
GBytes       *atlas_test_generate_profile    (guint              n);

G_END_DECLS
