#ifndef CGITSHIM_H
#define CGITSHIM_H

// git_libgit2_opts is variadic, and Swift cannot call C variadic functions.
// Each wrapper below fixes one option's argument types.

/// Turns checking each object's hash on read on (1) or off (0). Reads of history
/// are about a tenth faster without it, and the gate only reads objects.
int vg_set_strict_hash_verification(int enabled);

/// Sets the most bytes libgit2's object cache may hold.
int vg_set_cache_max_size(long long bytes);

/// Sets the largest object of `type` (a git_object_t) that libgit2's object cache keeps.
int vg_set_cache_object_limit(int type, long long bytes);

/// Sets the search path of one configuration level (global, XDG, system).
/// Tests use it to keep the developer's own git configuration out.
int vg_set_config_search_path(int level, const char *path);

#endif
