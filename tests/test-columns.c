/* test-columns.c: AtlasColumns, the statistic cards' layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-columns.h"
#include "atlas-test-utils.h"

/* A box of a fixed size, as a card */
static GtkWidget *
fixed_child_new (int width,
                 int height)
{
  GtkWidget *child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_size_request (child, width, height);
  return child;
}

static void
assert_child_at (GtkWidget *child,
                 int        x,
                 int        y,
                 int        width,
                 int        height)
{
  GtkAllocation allocation;

  gtk_widget_get_allocation (child, &allocation);
  g_assert_cmpint (allocation.x, ==, x);
  g_assert_cmpint (allocation.y, ==, y);
  g_assert_cmpint (allocation.width, ==, width);
  g_assert_cmpint (allocation.height, ==, height);
}

/* A child whose minimum height (@minimum) is less than its natural one
 * (@natural), as a statistic card with its chart is */
static GtkWidget *
shrinkable_child_new (int minimum,
                      int natural)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), minimum);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), fixed_child_new (100, natural));

  return scrolled;
}

/* The columns honour the height they are given. A scrolled window gives
 * its child its minimum height: rows placed at their natural height
 * once drew the last statistic card under the text that follows */
static void
test_columns_height (void)
{
  GtkWidget *columns = g_object_ref_sink (atlas_columns_new ());
  GtkWidget *a = shrinkable_child_new (40, 100);
  GtkWidget *b = shrinkable_child_new (60, 90);
  GtkWidget *c = shrinkable_child_new (30, 200);
  int min, nat, min_a, min_b, min_c, nat_a, nat_b;

  atlas_columns_set_max_columns (ATLAS_COLUMNS (columns), 1);
  atlas_columns_set_spacing (ATLAS_COLUMNS (columns), 10);
  atlas_columns_append (ATLAS_COLUMNS (columns), a);
  atlas_columns_append (ATLAS_COLUMNS (columns), b);
  atlas_columns_append (ATLAS_COLUMNS (columns), c);

  gtk_widget_measure (a, GTK_ORIENTATION_VERTICAL, 300, &min_a, &nat_a, NULL, NULL);
  gtk_widget_measure (b, GTK_ORIENTATION_VERTICAL, 300, &min_b, &nat_b, NULL, NULL);
  gtk_widget_measure (c, GTK_ORIENTATION_VERTICAL, 300, &min_c, NULL, NULL, NULL);
  g_assert_cmpint (min_a, <, nat_a);
  gtk_widget_measure (columns, GTK_ORIENTATION_VERTICAL, 300, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, min_a + 10 + min_b + 10 + min_c);
  g_assert_cmpint (min, <, nat);

  /* At the minimum: every row at its minimum, the last one ending at the
   * bottom */
  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 300, min }, -1);
  assert_child_at (a, 0, 0, 300, min_a);
  assert_child_at (b, 0, min_a + 10, 300, min_b);
  assert_child_at (c, 0, min_a + 10 + min_b + 10, 300, min_c);

  /* Half-way: more than the minimum, never past the bottom */
  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 300, (min + nat) / 2 }, -1);
  {
    GtkAllocation last;

    gtk_widget_get_allocation (c, &last);
    g_assert_cmpint (last.y + last.height, ==, (min + nat) / 2);
    g_assert_cmpint (last.height, >=, min_c);
  }

  /* At the natural height and beyond: each row at its natural height */
  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 300, nat + 50 }, -1);
  assert_child_at (a, 0, 0, 300, nat_a);
  assert_child_at (b, 0, nat_a + 10, 300, nat_b);

  g_assert_finalize_object (columns);
}

/* The statistic cards' layout: as many equal columns as the widest
 * natural width allows, up to max-columns; rows as tall as their tallest
 * card; mirrored from right to left */
static void
test_columns (void)
{
  GtkWidget *columns = g_object_ref_sink (atlas_columns_new ());
  GtkWidget *a = fixed_child_new (200, 50);
  GtkWidget *b = fixed_child_new (150, 80);
  GtkWidget *c = fixed_child_new (100, 30);
  GtkWidget *hidden = fixed_child_new (900, 900);
  guint notified = 0;
  int min, nat;

  g_signal_connect (columns, "notify", G_CALLBACK (atlas_test_count_notify), &notified);
  atlas_columns_set_spacing (ATLAS_COLUMNS (columns), 12);
  atlas_columns_set_spacing (ATLAS_COLUMNS (columns), 12);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (atlas_columns_get_max_columns (ATLAS_COLUMNS (columns)), ==, 2);

  /* Empty: nothing to lay out, one column */
  gtk_widget_measure (columns, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, 0);
  g_assert_cmpint (nat, ==, 0);
  g_assert_cmpuint (atlas_columns_get_columns_for_width (ATLAS_COLUMNS (columns), 500), ==, 1);

  atlas_columns_append (ATLAS_COLUMNS (columns), a);
  atlas_columns_append (ATLAS_COLUMNS (columns), b);
  atlas_columns_append (ATLAS_COLUMNS (columns), hidden);
  atlas_columns_append (ATLAS_COLUMNS (columns), c);
  gtk_widget_set_visible (hidden, FALSE);

  /* At least the widest card; naturally two of them side by side */
  gtk_widget_measure (columns, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, 200);
  g_assert_cmpint (nat, ==, 2 * 200 + 12);

  /* Two columns once two of the widest fit with the spacing */
  g_assert_cmpuint (atlas_columns_get_columns_for_width (ATLAS_COLUMNS (columns), 411), ==, 1);
  g_assert_cmpuint (atlas_columns_get_columns_for_width (ATLAS_COLUMNS (columns), 412), ==, 2);
  g_assert_cmpuint (atlas_columns_get_columns_for_width (ATLAS_COLUMNS (columns), 2000), ==, 2);

  /* One column: each card on its row */
  gtk_widget_measure (columns, GTK_ORIENTATION_VERTICAL, 300, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 50 + 12 + 80 + 12 + 30);
  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 300, nat }, -1);
  assert_child_at (a, 0, 0, 300, 50);
  assert_child_at (b, 0, 62, 300, 80);
  assert_child_at (c, 0, 154, 300, 30);

  /* Two columns: a row is as tall as its tallest card */
  gtk_widget_measure (columns, GTK_ORIENTATION_VERTICAL, 612, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 80 + 12 + 30);
  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 612, nat }, -1);
  assert_child_at (a, 0, 0, 300, 80);
  assert_child_at (b, 312, 0, 300, 80);
  assert_child_at (c, 0, 92, 300, 30);

  /* Without a width: the height at the natural width */
  gtk_widget_measure (columns, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 80 + 12 + 30);

  /* Right to left: the first card on the right */
  gtk_widget_set_direction (columns, GTK_TEXT_DIR_RTL);
  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 612, 122 }, -1);
  assert_child_at (a, 312, 0, 300, 80);
  assert_child_at (b, 0, 0, 300, 80);
  gtk_widget_set_direction (columns, GTK_TEXT_DIR_LTR);

  /* One column at most: one card per row at any width */
  atlas_columns_set_max_columns (ATLAS_COLUMNS (columns), 1);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (atlas_columns_get_columns_for_width (ATLAS_COLUMNS (columns), 2000), ==, 1);
  gtk_widget_measure (columns, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 200);

  g_assert_finalize_object (columns);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Columns/layout", test_columns);
  g_test_add_func ("/Atlas/Columns/height", test_columns_height);

  return g_test_run ();
}
