// The MySQL lexer's word tables (mysql.cpp), lower-case and sorted for binary search: MySQL's
// constants, data types, keywords, built-in functions and optimizer hints, as Pygments 2.14
// (Debian 12's python3-pygments, which the build used to read them from) classifies them. Kept
// here so that the tokens do not depend on the build machine's Pygments; a newer Pygments knows
// more words, and this list changes together with the goldens that show them.
#include "mysqlwords_p.h"

namespace Docent::Lexers::MySqlWords {

// constants: name constant
const std::vector<QStringView> &constants()
{
    static const std::vector<QStringView> words = {
        u"false", u"null", u"true", u"unknown",
    };
    return words;
}

// data types: keyword type
const std::vector<QStringView> &dataTypes()
{
    static const std::vector<QStringView> words = {
        u"bigint", u"binary", u"bit", u"blob", u"bool", u"boolean", u"char", u"date", u"datetime", u"dec",
        u"decimal", u"double", u"enum", u"fixed", u"float", u"float4", u"float8", u"geometry",
        u"geometrycollection", u"int", u"int1", u"int2", u"int3", u"int4", u"int8", u"integer", u"json",
        u"linestring", u"long", u"longblob", u"longtext", u"mediumblob", u"mediumint", u"mediumtext",
        u"middleint", u"multilinestring", u"multipoint", u"multipolygon", u"national", u"nchar", u"numeric",
        u"nvarchar", u"point", u"polygon", u"precision", u"real", u"serial", u"set", u"smallint", u"text",
        u"time", u"timestamp", u"tinyblob", u"tinyint", u"tinytext", u"varbinary", u"varchar",
        u"varcharacter", u"varying", u"year",
    };
    return words;
}

// keywords: keyword
const std::vector<QStringView> &keywords()
{
    static const std::vector<QStringView> words = {
        u"accessible", u"account", u"action", u"active", u"add", u"admin", u"after", u"against", u"aggregate",
        u"algorithm", u"all", u"alter", u"always", u"analyze", u"and", u"any", u"array", u"as", u"asc",
        u"ascii", u"asensitive", u"assign_gtids_to_anonymous_transactions", u"at", u"attribute",
        u"authentication", u"auto_increment", u"autoextend_size", u"avg", u"avg_row_length", u"backup",
        u"before", u"begin", u"between", u"binlog", u"block", u"both", u"btree", u"buckets", u"by", u"byte",
        u"cache", u"call", u"cascade", u"cascaded", u"case", u"catalog_name", u"chain", u"challenge_response",
        u"change", u"changed", u"channel", u"character", u"charset", u"check", u"checksum", u"cipher",
        u"class_origin", u"client", u"clone", u"close", u"coalesce", u"code", u"collate", u"collation",
        u"column", u"column_format", u"column_name", u"columns", u"comment", u"commit", u"committed",
        u"compact", u"completion", u"component", u"compressed", u"compression", u"concurrent", u"condition",
        u"connection", u"consistent", u"constraint", u"constraint_catalog", u"constraint_name",
        u"constraint_schema", u"contains", u"context", u"continue", u"convert", u"cpu", u"create", u"cross",
        u"cube", u"cume_dist", u"current", u"current_date", u"current_time", u"current_timestamp",
        u"current_user", u"cursor", u"cursor_name", u"data", u"database", u"databases", u"datafile", u"day",
        u"day_hour", u"day_microsecond", u"day_minute", u"day_second", u"deallocate", u"declare", u"default",
        u"default_auth", u"definer", u"definition", u"delay_key_write", u"delayed", u"delete", u"dense_rank",
        u"desc", u"describe", u"description", u"deterministic", u"diagnostics", u"directory", u"disable",
        u"discard", u"disk", u"distinct", u"distinctrow", u"div", u"do", u"drop", u"dual", u"dumpfile",
        u"duplicate", u"dynamic", u"each", u"else", u"elseif", u"empty", u"enable", u"enclosed",
        u"encryption", u"end", u"ends", u"enforced", u"engine", u"engine_attribute", u"engines", u"error",
        u"errors", u"escape", u"escaped", u"event", u"events", u"every", u"except", u"exchange", u"exclude",
        u"execute", u"exists", u"exit", u"expansion", u"expire", u"explain", u"export", u"extended",
        u"extent_size", u"factor", u"failed_login_attempts", u"false", u"fast", u"faults", u"fetch",
        u"fields", u"file", u"file_block_size", u"filter", u"finish", u"first", u"first_value", u"flush",
        u"following", u"follows", u"for", u"force", u"foreign", u"format", u"found", u"from", u"full",
        u"fulltext", u"function", u"general", u"generated", u"geomcollection", u"get", u"get_format",
        u"get_master_public_key", u"get_source_public_key", u"global", u"grant", u"grants", u"group",
        u"group_replication", u"grouping", u"groups", u"gtid_only", u"handler", u"hash", u"having", u"help",
        u"high_priority", u"histogram", u"history", u"host", u"hosts", u"hour", u"hour_microsecond",
        u"hour_minute", u"hour_second", u"identified", u"if", u"ignore", u"ignore_server_ids", u"import",
        u"in", u"inactive", u"index", u"indexes", u"infile", u"initial", u"initial_size", u"initiate",
        u"inner", u"inout", u"insensitive", u"insert", u"insert_method", u"install", u"instance", u"interval",
        u"into", u"invisible", u"invoker", u"io", u"io_after_gtids", u"io_before_gtids", u"io_thread", u"ipc",
        u"is", u"isolation", u"issuer", u"iterate", u"join", u"json_table", u"json_value", u"key",
        u"key_block_size", u"keyring", u"keys", u"kill", u"lag", u"language", u"last", u"last_value",
        u"lateral", u"lead", u"leading", u"leave", u"leaves", u"left", u"less", u"level", u"like", u"limit",
        u"linear", u"lines", u"list", u"load", u"local", u"localtime", u"localtimestamp", u"lock", u"locked",
        u"locks", u"logfile", u"logs", u"loop", u"low_priority", u"master", u"master_auto_position",
        u"master_bind", u"master_compression_algorithms", u"master_connect_retry", u"master_delay",
        u"master_heartbeat_period", u"master_host", u"master_log_file", u"master_log_pos", u"master_password",
        u"master_port", u"master_public_key_path", u"master_retry_count", u"master_ssl", u"master_ssl_ca",
        u"master_ssl_capath", u"master_ssl_cert", u"master_ssl_cipher", u"master_ssl_crl",
        u"master_ssl_crlpath", u"master_ssl_key", u"master_ssl_verify_server_cert",
        u"master_tls_ciphersuites", u"master_tls_version", u"master_user", u"master_zstd_compression_level",
        u"match", u"max_connections_per_hour", u"max_queries_per_hour", u"max_rows", u"max_size",
        u"max_updates_per_hour", u"max_user_connections", u"maxvalue", u"medium", u"member", u"memory",
        u"merge", u"message_text", u"microsecond", u"migrate", u"min_rows", u"minute", u"minute_microsecond",
        u"minute_second", u"mod", u"mode", u"modifies", u"modify", u"month", u"mutex", u"mysql_errno",
        u"name", u"names", u"natural", u"ndb", u"ndbcluster", u"nested", u"network_namespace", u"never",
        u"new", u"next", u"no", u"no_wait", u"no_write_to_binlog", u"nodegroup", u"none", u"not", u"nowait",
        u"nth_value", u"ntile", u"null", u"nulls", u"number", u"of", u"off", u"offset", u"oj", u"old", u"on",
        u"one", u"only", u"open", u"optimize", u"optimizer_costs", u"option", u"optional", u"optionally",
        u"options", u"or", u"order", u"ordinality", u"organization", u"others", u"out", u"outer", u"outfile",
        u"over", u"owner", u"pack_keys", u"page", u"parser", u"partial", u"partition", u"partitioning",
        u"partitions", u"password", u"password_lock_time", u"path", u"percent_rank", u"persist",
        u"persist_only", u"phase", u"plugin", u"plugin_dir", u"plugins", u"port", u"precedes", u"preceding",
        u"prepare", u"preserve", u"prev", u"primary", u"privilege_checks_user", u"privileges", u"procedure",
        u"process", u"processlist", u"profile", u"profiles", u"proxy", u"purge", u"quarter", u"query",
        u"quick", u"random", u"range", u"rank", u"read", u"read_only", u"read_write", u"reads", u"rebuild",
        u"recover", u"recursive", u"redo_buffer_size", u"redundant", u"reference", u"references", u"regexp",
        u"registration", u"relay", u"relay_log_file", u"relay_log_pos", u"relay_thread", u"relaylog",
        u"release", u"reload", u"remove", u"rename", u"reorganize", u"repair", u"repeat", u"repeatable",
        u"replace", u"replica", u"replicas", u"replicate_do_db", u"replicate_do_table",
        u"replicate_ignore_db", u"replicate_ignore_table", u"replicate_rewrite_db",
        u"replicate_wild_do_table", u"replicate_wild_ignore_table", u"replication", u"require",
        u"require_row_format", u"require_table_primary_key_check", u"reset", u"resignal", u"resource",
        u"respect", u"restart", u"restore", u"restrict", u"resume", u"retain", u"return",
        u"returned_sqlstate", u"returning", u"returns", u"reuse", u"reverse", u"revoke", u"right", u"rlike",
        u"role", u"rollback", u"rollup", u"rotate", u"routine", u"row", u"row_count", u"row_format",
        u"row_number", u"rows", u"rtree", u"savepoint", u"schedule", u"schema", u"schema_name", u"schemas",
        u"second", u"second_microsecond", u"secondary", u"secondary_engine", u"secondary_engine_attribute",
        u"secondary_load", u"secondary_unload", u"security", u"select", u"sensitive", u"separator",
        u"serializable", u"server", u"session", u"share", u"show", u"shutdown", u"signal", u"signed",
        u"simple", u"skip", u"slave", u"slow", u"snapshot", u"socket", u"some", u"soname", u"sounds",
        u"source", u"source_auto_position", u"source_bind", u"source_compression_algorithms",
        u"source_connect_retry", u"source_connection_auto_failover", u"source_delay",
        u"source_heartbeat_period", u"source_host", u"source_log_file", u"source_log_pos", u"source_password",
        u"source_port", u"source_public_key_path", u"source_retry_count", u"source_ssl", u"source_ssl_ca",
        u"source_ssl_capath", u"source_ssl_cert", u"source_ssl_cipher", u"source_ssl_crl",
        u"source_ssl_crlpath", u"source_ssl_key", u"source_ssl_verify_server_cert",
        u"source_tls_ciphersuites", u"source_tls_version", u"source_user", u"source_zstd_compression_level",
        u"spatial", u"specific", u"sql", u"sql_after_gtids", u"sql_after_mts_gaps", u"sql_before_gtids",
        u"sql_big_result", u"sql_buffer_result", u"sql_calc_found_rows", u"sql_no_cache", u"sql_small_result",
        u"sql_thread", u"sql_tsi_day", u"sql_tsi_hour", u"sql_tsi_minute", u"sql_tsi_month",
        u"sql_tsi_quarter", u"sql_tsi_second", u"sql_tsi_week", u"sql_tsi_year", u"sqlexception", u"sqlstate",
        u"sqlwarning", u"srid", u"ssl", u"stacked", u"start", u"starting", u"starts", u"stats_auto_recalc",
        u"stats_persistent", u"stats_sample_pages", u"status", u"stop", u"storage", u"stored",
        u"straight_join", u"stream", u"string", u"subclass_origin", u"subject", u"subpartition",
        u"subpartitions", u"super", u"suspend", u"swaps", u"switches", u"system", u"table", u"table_checksum",
        u"table_name", u"tables", u"tablespace", u"temporary", u"temptable", u"terminated", u"than", u"then",
        u"thread_priority", u"ties", u"timestampadd", u"timestampdiff", u"tls", u"to", u"trailing",
        u"transaction", u"trigger", u"triggers", u"true", u"truncate", u"type", u"types", u"unbounded",
        u"uncommitted", u"undefined", u"undo", u"undo_buffer_size", u"undofile", u"unicode", u"uninstall",
        u"union", u"unique", u"unknown", u"unlock", u"unregister", u"unsigned", u"until", u"update",
        u"upgrade", u"usage", u"use", u"use_frm", u"user", u"user_resources", u"using", u"utc_date",
        u"utc_time", u"utc_timestamp", u"validation", u"value", u"values", u"variables", u"vcpu", u"view",
        u"virtual", u"visible", u"wait", u"warnings", u"week", u"weight_string", u"when", u"where", u"while",
        u"window", u"with", u"without", u"work", u"wrapper", u"write", u"x509", u"xa", u"xid", u"xml", u"xor",
        u"year_month", u"zerofill", u"zone",
    };
    return words;
}

// functions, when "(" follows: name function
const std::vector<QStringView> &functions()
{
    static const std::vector<QStringView> words = {
        u"abs", u"acos", u"adddate", u"addtime", u"aes_decrypt", u"aes_encrypt", u"any_value", u"asin",
        u"atan", u"atan2", u"benchmark", u"bin", u"bin_to_uuid", u"bit_and", u"bit_count", u"bit_length",
        u"bit_or", u"bit_xor", u"can_access_column", u"can_access_database", u"can_access_event",
        u"can_access_resource_group", u"can_access_routine", u"can_access_table", u"can_access_trigger",
        u"can_access_user", u"can_access_view", u"cast", u"ceil", u"ceiling", u"char_length",
        u"character_length", u"coercibility", u"compress", u"concat", u"concat_ws", u"connection_id", u"conv",
        u"convert_cpu_id_mask", u"convert_interval_to_user_interval", u"convert_tz", u"cos", u"cot", u"count",
        u"crc32", u"curdate", u"current_role", u"curtime", u"date_add", u"date_format", u"date_sub",
        u"datediff", u"dayname", u"dayofmonth", u"dayofweek", u"dayofyear", u"degrees", u"elt", u"exp",
        u"export_set", u"extract", u"extractvalue", u"field", u"find_in_set", u"floor", u"format_bytes",
        u"format_pico_time", u"found_rows", u"from_base64", u"from_days", u"from_unixtime",
        u"get_dd_column_privileges", u"get_dd_create_options", u"get_dd_index_private_data",
        u"get_dd_index_sub_part_length", u"get_dd_property_key_value", u"get_dd_schema_options",
        u"get_dd_tablespace_private_data", u"get_lock", u"greatest", u"group_concat", u"gtid_subset",
        u"gtid_subtract", u"hex", u"icu_version", u"ifnull", u"inet6_aton", u"inet6_ntoa", u"inet_aton",
        u"inet_ntoa", u"instr", u"internal_auto_increment", u"internal_avg_row_length",
        u"internal_check_time", u"internal_checksum", u"internal_data_free", u"internal_data_length",
        u"internal_dd_char_length", u"internal_get_comment_or_error", u"internal_get_dd_column_extra",
        u"internal_get_enabled_role_json", u"internal_get_hostname", u"internal_get_mandatory_roles_json",
        u"internal_get_partition_nodegroup", u"internal_get_username", u"internal_get_view_warning_or_error",
        u"internal_index_column_cardinality", u"internal_index_length", u"internal_is_enabled_role",
        u"internal_is_mandatory_role", u"internal_keys_disabled", u"internal_max_data_length",
        u"internal_table_rows", u"internal_tablespace_autoextend_size", u"internal_tablespace_data_free",
        u"internal_tablespace_extent_size", u"internal_tablespace_extra", u"internal_tablespace_free_extents",
        u"internal_tablespace_id", u"internal_tablespace_initial_size",
        u"internal_tablespace_logfile_group_name", u"internal_tablespace_logfile_group_number",
        u"internal_tablespace_maximum_size", u"internal_tablespace_row_format", u"internal_tablespace_status",
        u"internal_tablespace_total_extents", u"internal_tablespace_type", u"internal_tablespace_version",
        u"internal_update_time", u"is_free_lock", u"is_ipv4", u"is_ipv4_compat", u"is_ipv4_mapped",
        u"is_ipv6", u"is_used_lock", u"is_uuid", u"is_visible_dd_object", u"isnull", u"json_array",
        u"json_array_append", u"json_array_insert", u"json_arrayagg", u"json_contains", u"json_contains_path",
        u"json_depth", u"json_extract", u"json_insert", u"json_keys", u"json_length", u"json_merge",
        u"json_merge_patch", u"json_merge_preserve", u"json_object", u"json_objectagg", u"json_overlaps",
        u"json_pretty", u"json_quote", u"json_remove", u"json_replace", u"json_schema_valid",
        u"json_schema_validation_report", u"json_search", u"json_set", u"json_storage_free",
        u"json_storage_size", u"json_type", u"json_unquote", u"json_valid", u"last_day", u"last_insert_id",
        u"lcase", u"least", u"length", u"like_range_max", u"like_range_min", u"ln", u"load_file", u"locate",
        u"log", u"log10", u"log2", u"lower", u"lpad", u"ltrim", u"make_set", u"makedate", u"maketime",
        u"master_pos_wait", u"max", u"mbrcontains", u"mbrcoveredby", u"mbrcovers", u"mbrdisjoint",
        u"mbrequals", u"mbrintersects", u"mbroverlaps", u"mbrtouches", u"mbrwithin", u"md5", u"mid", u"min",
        u"monthname", u"name_const", u"now", u"nullif", u"oct", u"octet_length", u"ord", u"period_add",
        u"period_diff", u"pi", u"position", u"pow", u"power", u"ps_current_thread_id", u"ps_thread_id",
        u"quote", u"radians", u"rand", u"random_bytes", u"regexp_instr", u"regexp_like", u"regexp_replace",
        u"regexp_substr", u"release_all_locks", u"release_lock", u"remove_dd_property_key", u"reverse",
        u"roles_graphml", u"round", u"rpad", u"rtrim", u"sec_to_time", u"session_user", u"sha", u"sha1",
        u"sha2", u"sign", u"sin", u"sleep", u"soundex", u"source_pos_wait", u"space", u"sqrt", u"st_area",
        u"st_asbinary", u"st_asgeojson", u"st_astext", u"st_aswkb", u"st_aswkt", u"st_buffer",
        u"st_buffer_strategy", u"st_centroid", u"st_collect", u"st_contains", u"st_convexhull", u"st_crosses",
        u"st_difference", u"st_dimension", u"st_disjoint", u"st_distance", u"st_distance_sphere",
        u"st_endpoint", u"st_envelope", u"st_equals", u"st_exteriorring", u"st_frechetdistance",
        u"st_geohash", u"st_geomcollfromtext", u"st_geomcollfromtxt", u"st_geomcollfromwkb",
        u"st_geometrycollectionfromtext", u"st_geometrycollectionfromwkb", u"st_geometryfromtext",
        u"st_geometryfromwkb", u"st_geometryn", u"st_geometrytype", u"st_geomfromgeojson", u"st_geomfromtext",
        u"st_geomfromwkb", u"st_hausdorffdistance", u"st_interiorringn", u"st_intersection", u"st_intersects",
        u"st_isclosed", u"st_isempty", u"st_issimple", u"st_isvalid", u"st_latfromgeohash", u"st_latitude",
        u"st_length", u"st_linefromtext", u"st_linefromwkb", u"st_lineinterpolatepoint",
        u"st_lineinterpolatepoints", u"st_linestringfromtext", u"st_linestringfromwkb", u"st_longfromgeohash",
        u"st_longitude", u"st_makeenvelope", u"st_mlinefromtext", u"st_mlinefromwkb", u"st_mpointfromtext",
        u"st_mpointfromwkb", u"st_mpolyfromtext", u"st_mpolyfromwkb", u"st_multilinestringfromtext",
        u"st_multilinestringfromwkb", u"st_multipointfromtext", u"st_multipointfromwkb",
        u"st_multipolygonfromtext", u"st_multipolygonfromwkb", u"st_numgeometries", u"st_numinteriorring",
        u"st_numinteriorrings", u"st_numpoints", u"st_overlaps", u"st_pointatdistance",
        u"st_pointfromgeohash", u"st_pointfromtext", u"st_pointfromwkb", u"st_pointn", u"st_polyfromtext",
        u"st_polyfromwkb", u"st_polygonfromtext", u"st_polygonfromwkb", u"st_simplify", u"st_srid",
        u"st_startpoint", u"st_swapxy", u"st_symdifference", u"st_touches", u"st_transform", u"st_union",
        u"st_validate", u"st_within", u"st_x", u"st_y", u"statement_digest", u"statement_digest_text", u"std",
        u"stddev", u"stddev_pop", u"stddev_samp", u"str_to_date", u"strcmp", u"subdate", u"substr",
        u"substring", u"substring_index", u"subtime", u"sum", u"sysdate", u"system_user", u"tan",
        u"time_format", u"time_to_sec", u"timediff", u"to_base64", u"to_days", u"to_seconds", u"trim",
        u"ucase", u"uncompress", u"uncompressed_length", u"unhex", u"unix_timestamp", u"updatexml", u"upper",
        u"uuid", u"uuid_short", u"uuid_to_bin", u"validate_password_strength", u"var_pop", u"var_samp",
        u"variance", u"version", u"wait_for_executed_gtid_set", u"wait_until_sql_thread_after_gtids",
        u"weekday", u"weekofyear", u"yearweek",
    };
    return words;
}

// optimizer hints inside /*+ */: comment preproc
const std::vector<QStringView> &optimizerHints()
{
    static const std::vector<QStringView> words = {
        u"bka", u"bnl", u"derived_condition_pushdown", u"dupsweedout", u"firstmatch", u"group_index",
        u"hash_join", u"index", u"index_merge", u"intoexists", u"join_fixed_order", u"join_index",
        u"join_order", u"join_prefix", u"join_suffix", u"loosescan", u"materialization",
        u"max_execution_time", u"merge", u"mrr", u"no_bka", u"no_bnl", u"no_derived_condition_pushdown",
        u"no_group_index", u"no_hash_join", u"no_icp", u"no_index", u"no_index_merge", u"no_join_index",
        u"no_merge", u"no_mrr", u"no_order_index", u"no_range_optimization", u"no_semijoin", u"no_skip_scan",
        u"order_index", u"qb_name", u"resource_group", u"semijoin", u"set_var", u"skip_scan", u"subquery",
    };
    return words;
}

} // namespace Docent::Lexers::MySqlWords
