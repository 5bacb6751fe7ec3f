// generated — do not edit; npm run generate
// Source: src/contract/spec/openapi-v0.0.45.json (slurmrestd's own document), by openapi-typescript.

export interface paths {
    "/slurm/v0.0.45/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get fairshare info */
        get: operations["slurm_v0045_get_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/reconfigure/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** request slurmctld reconfigure */
        get: operations["slurm_v0045_get_reconfigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/diag/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get diagnostics */
        get: operations["slurm_v0045_get_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/ping/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ping test */
        get: operations["slurm_v0045_get_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/licenses/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all Slurm tracked license info */
        get: operations["slurm_v0045_get_licenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/job/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job */
        post: operations["slurm_v0045_post_job_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/job/allocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job allocation without any steps that must be signaled to stop */
        post: operations["slurm_v0045_post_job_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/jobs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of jobs */
        get: operations["slurm_v0045_get_jobs"];
        put?: never;
        post?: never;
        /** send signal to list of jobs */
        delete: operations["slurm_v0045_delete_jobs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/jobs/state/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of job states */
        get: operations["slurm_v0045_get_jobs_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get job info */
        get: operations["slurm_v0045_get_job"];
        put?: never;
        /** update job */
        post: operations["slurm_v0045_post_job"];
        /** cancel or signal job */
        delete: operations["slurm_v0045_delete_job"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/job/{job_id}/requeue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** request job requeue */
        get: operations["slurm_v0045_get_job_requeue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/jobs/requeue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** batch requeue job(s) */
        post: operations["slurm_v0045_post_jobs_requeue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/nodes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node(s) info */
        get: operations["slurm_v0045_get_nodes"];
        put?: never;
        /** batch update node(s) */
        post: operations["slurm_v0045_post_nodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/node/{node_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node info */
        get: operations["slurm_v0045_get_node"];
        put?: never;
        /** update node properties */
        post: operations["slurm_v0045_post_node"];
        /** delete node */
        delete: operations["slurm_v0045_delete_node"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/partitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all partition info */
        get: operations["slurm_v0045_get_partitions"];
        put?: never;
        /** create or update partitions */
        post: operations["slurm_v0045_post_partitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/partition/{partition_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get partition info */
        get: operations["slurm_v0045_get_partition"];
        put?: never;
        post?: never;
        /** delete partition */
        delete: operations["slurm_v0045_delete_partition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/reservations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all reservation info */
        get: operations["slurm_v0045_get_reservations"];
        put?: never;
        /** create or update reservations */
        post: operations["slurm_v0045_post_reservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/reservation/{reservation_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get reservation info */
        get: operations["slurm_v0045_get_reservation"];
        put?: never;
        post?: never;
        /** delete a reservation */
        delete: operations["slurm_v0045_delete_reservation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/reservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** create or update a reservation */
        post: operations["slurm_v0045_post_reservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/new/node/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** create node */
        post: operations["slurm_v0045_post_new_node"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/resources/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get resource layout info */
        get: operations["slurm_v0045_get_resources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.45/conf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dump slurm configuration */
        get: operations["slurm_v0045_get_conf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job info
         * @description This endpoint may return multiple job entries since job_id is not a unique key - only the tuple (cluster, job_id, start_time) is unique. If the requested job_id is a component of a heterogeneous job all components are returned.
         */
        get: operations["slurmdb_v0045_get_job"];
        put?: never;
        /** Update job */
        post: operations["slurmdb_v0045_post_job"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dump all configuration information */
        get: operations["slurmdb_v0045_get_config"];
        put?: never;
        /** Load all configuration information */
        post: operations["slurmdb_v0045_post_config"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/conf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dump slurmdbd configuration */
        get: operations["slurmdb_v0045_get_conf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/tres/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get TRES info */
        get: operations["slurmdb_v0045_get_tres"];
        put?: never;
        /** Add TRES */
        post: operations["slurmdb_v0045_post_tres"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/qos/{qos}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get QOS info */
        get: operations["slurmdb_v0045_get_single_qos"];
        put?: never;
        post?: never;
        /** Delete QOS */
        delete: operations["slurmdb_v0045_delete_single_qos"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/qos/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get QOS list */
        get: operations["slurmdb_v0045_get_qos"];
        put?: never;
        /** Add or update QOSs */
        post: operations["slurmdb_v0045_post_qos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/associations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get association list */
        get: operations["slurmdb_v0045_get_associations"];
        put?: never;
        /** Set associations info */
        post: operations["slurmdb_v0045_post_associations"];
        /** Delete associations */
        delete: operations["slurmdb_v0045_delete_associations"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/association/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get association info */
        get: operations["slurmdb_v0045_get_association"];
        put?: never;
        post?: never;
        /** Delete association */
        delete: operations["slurmdb_v0045_delete_association"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/instances/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get instance list */
        get: operations["slurmdb_v0045_get_instances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/instance/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get instance info */
        get: operations["slurmdb_v0045_get_instance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/user/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get user info */
        get: operations["slurmdb_v0045_get_user"];
        put?: never;
        post?: never;
        /** Delete user */
        delete: operations["slurmdb_v0045_delete_user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/users_association/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add users with conditional association */
        post: operations["slurmdb_v0045_post_users_association"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get user list */
        get: operations["slurmdb_v0045_get_users"];
        put?: never;
        /** Update users */
        post: operations["slurmdb_v0045_post_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/cluster/{cluster_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get cluster info */
        get: operations["slurmdb_v0045_get_cluster"];
        put?: never;
        post?: never;
        /** Delete cluster */
        delete: operations["slurmdb_v0045_delete_cluster"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/clusters/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get cluster list */
        get: operations["slurmdb_v0045_get_clusters"];
        put?: never;
        /** Get cluster list */
        post: operations["slurmdb_v0045_post_clusters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/wckey/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get wckey info */
        get: operations["slurmdb_v0045_get_wckey"];
        put?: never;
        post?: never;
        /** Delete wckey */
        delete: operations["slurmdb_v0045_delete_wckey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/wckeys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get wckey list */
        get: operations["slurmdb_v0045_get_wckeys"];
        put?: never;
        /** Add or update wckeys */
        post: operations["slurmdb_v0045_post_wckeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/account/{account_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get account info */
        get: operations["slurmdb_v0045_get_account"];
        put?: never;
        post?: never;
        /** Delete account */
        delete: operations["slurmdb_v0045_delete_account"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/accounts_association/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add accounts with conditional association */
        post: operations["slurmdb_v0045_post_accounts_association"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/accounts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get account list */
        get: operations["slurmdb_v0045_get_accounts"];
        put?: never;
        /** Add/update list of accounts */
        post: operations["slurmdb_v0045_post_accounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/jobs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get job list */
        get: operations["slurmdb_v0045_get_jobs"];
        put?: never;
        /** Update jobs */
        post: operations["slurmdb_v0045_post_jobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/diag/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get slurmdb diagnostics */
        get: operations["slurmdb_v0045_get_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.45/ping/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ping test */
        get: operations["slurmdb_v0045_get_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        "v0.0.45_openapi_shares_resp": {
            /** @description fairshare info */
            shares: components["schemas"]["v0.0.45_shares_resp_msg"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_shares_resp_msg": {
            /** @description Association shares */
            shares?: components["schemas"]["v0.0.45_assoc_shares_obj_list"];
            /**
             * Format: int64
             * @description Total number of shares
             */
            total_shares?: number;
        };
        "v0.0.45_assoc_shares_obj_list": components["schemas"]["v0.0.45_assoc_shares_obj_wrap"][];
        "v0.0.45_assoc_shares_obj_wrap": {
            /**
             * Format: int32
             * @description Association ID
             */
            id?: number;
            /** @description Cluster name */
            cluster?: string;
            /** @description Share name */
            name?: string;
            /** @description Parent name */
            parent?: string;
            /** @description Partition name */
            partition?: string;
            /** @description Normalized shares (64 bit floating point number with flags) */
            shares_normalized?: components["schemas"]["v0.0.45_float64_no_val_struct"];
            /** @description Number of shares allocated (32 bit integer number with flags) */
            shares?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            tres?: {
                /** @description Currently running tres-secs = grp_used_tres_run_secs */
                run_seconds?: components["schemas"]["v0.0.45_shares_uint64_tres_list"];
                /** @description TRES-minute limit */
                group_minutes?: components["schemas"]["v0.0.45_shares_uint64_tres_list"];
                /** @description Measure of each TRES usage */
                usage?: components["schemas"]["v0.0.45_shares_float128_tres_list"];
            };
            /** @description Effective, normalized usage (64 bit floating point number with flags) */
            effective_usage?: components["schemas"]["v0.0.45_float64_no_val_struct"];
            /** @description Normalized usage (64 bit floating point number with flags) */
            usage_normalized?: components["schemas"]["v0.0.45_float64_no_val_struct"];
            /**
             * Format: int64
             * @description Measure of tresbillableunits usage
             */
            usage?: number;
            fairshare?: {
                /** @description Fairshare factor (64 bit floating point number with flags) */
                factor?: components["schemas"]["v0.0.45_float64_no_val_struct"];
                /** @description Fairshare factor at this level; stored on an assoc as a long double, but that is not needed for display in sshare (64 bit floating point number with flags) */
                level?: components["schemas"]["v0.0.45_float64_no_val_struct"];
            };
            /** @description User or account association */
            type?: ("USER" | "ASSOCIATION")[];
        };
        "v0.0.45_float64_no_val_struct": {
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: double
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
        };
        "v0.0.45_uint32_no_val_struct": {
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: int32
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
        };
        "v0.0.45_shares_uint64_tres_list": components["schemas"]["v0.0.45_shares_uint64_tres"][];
        "v0.0.45_shares_uint64_tres": {
            /** @description TRES name */
            name?: string;
            /** @description TRES value (64 bit integer number with flags) */
            value?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
        };
        "v0.0.45_uint64_no_val_struct": {
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: int64
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
        };
        "v0.0.45_shares_float128_tres_list": components["schemas"]["v0.0.45_shares_float128_tres"][];
        "v0.0.45_shares_float128_tres": {
            /** @description TRES name */
            name?: string;
            /** @description TRES value */
            value?: number;
        };
        "v0.0.45_openapi_meta": {
            plugin?: {
                /** @description Slurm plugin type (if applicable) */
                type?: string;
                /** @description Slurm plugin name (if applicable) */
                name?: string;
                /** @description Slurm data_parser plugin */
                data_parser?: string;
                /** @description Slurm accounting plugin */
                accounting_storage?: string;
            };
            client?: {
                /** @description Client source description */
                source?: string;
                /** @description Client user (if known) */
                user?: string;
                /** @description Client group (if known) */
                group?: string;
            };
            /** @description CLI command (if applicable) */
            command?: components["schemas"]["v0.0.45_string_array"];
            slurm?: {
                version?: {
                    /** @description Slurm release major version */
                    major?: string;
                    /** @description Slurm release micro version */
                    micro?: string;
                    /** @description Slurm release minor version */
                    minor?: string;
                };
                /** @description Slurm release string */
                release?: string;
                /** @description Slurm cluster name */
                cluster?: string;
            };
        };
        "v0.0.45_string_array": string[];
        "v0.0.45_openapi_errors": components["schemas"]["v0.0.45_openapi_error"][];
        "v0.0.45_openapi_error": {
            /** @description Long form error description */
            description?: string;
            /**
             * Format: int32
             * @description Slurm numeric error identifier
             */
            error_number?: number;
            /** @description Short form error description */
            error?: string;
            /** @description Source of error or where error was first detected */
            source?: string;
        };
        "v0.0.45_openapi_warnings": components["schemas"]["v0.0.45_openapi_warning"][];
        "v0.0.45_openapi_warning": {
            /** @description Long form warning description */
            description?: string;
            /** @description Source of warning or where warning was first detected */
            source?: string;
        };
        "v0.0.45_openapi_resp": {
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_diag_resp": {
            /** @description statistics */
            statistics: components["schemas"]["v0.0.45_stats_msg"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_stats_msg": {
            /** @description When the request was made (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            req_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description When the data in the report started (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            req_time_start?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of current active slurmctld threads
             */
            server_thread_count?: number;
            /**
             * Format: int32
             * @description Number of enqueued outgoing RPC requests in an internal retry list
             */
            agent_queue_size?: number;
            /**
             * Format: int32
             * @description Number of agent threads
             */
            agent_count?: number;
            /**
             * Format: int32
             * @description Total number of active threads created by all agent threads
             */
            agent_thread_count?: number;
            /**
             * Format: int32
             * @description Number of messages for SlurmDBD that are queued
             */
            dbd_agent_queue_size?: number;
            /**
             * Format: int32
             * @description Latency of 1000 calls to the gettimeofday() syscall in microseconds, as measured at controller startup
             */
            gettimeofday_latency?: number;
            /**
             * Format: int32
             * @description Max time of any scheduling cycle in microseconds since last reset
             */
            schedule_cycle_max?: number;
            /**
             * Format: int32
             * @description Time in microseconds for last scheduling cycle
             */
            schedule_cycle_last?: number;
            /**
             * Format: int64
             * @description Total run time in microseconds for all scheduling cycles since last reset
             */
            schedule_cycle_sum?: number;
            /**
             * Format: int32
             * @description Number of scheduling cycles since last reset
             */
            schedule_cycle_total?: number;
            /**
             * Format: int64
             * @description Mean time in microseconds for all scheduling cycles since last reset
             */
            schedule_cycle_mean?: number;
            /**
             * Format: int64
             * @description Mean of the number of jobs processed in a scheduling cycle
             */
            schedule_cycle_mean_depth?: number;
            /**
             * Format: int64
             * @description Number of scheduling executions per minute
             */
            schedule_cycle_per_minute?: number;
            /**
             * Format: int32
             * @description Total number of jobs processed in scheduling cycles
             */
            schedule_cycle_depth?: number;
            /** @description Reasons for which the scheduling cycle exited since last reset */
            schedule_exit?: components["schemas"]["v0.0.45_schedule_exit_fields"];
            /**
             * Format: int32
             * @description Number of jobs pending in queue
             */
            schedule_queue_length?: number;
            /**
             * Format: int32
             * @description Number of jobs submitted since last reset
             */
            jobs_submitted?: number;
            /**
             * Format: int32
             * @description Number of jobs started since last reset
             */
            jobs_started?: number;
            /**
             * Format: int32
             * @description Number of jobs completed since last reset
             */
            jobs_completed?: number;
            /**
             * Format: int32
             * @description Number of jobs canceled since the last reset
             */
            jobs_canceled?: number;
            /**
             * Format: int32
             * @description Number of jobs failed due to slurmd or other internal issues since last reset
             */
            jobs_failed?: number;
            /**
             * Format: int32
             * @description Number of jobs pending at the time of listed in job_state_ts
             */
            jobs_pending?: number;
            /**
             * Format: int32
             * @description Number of jobs running at the time of listed in job_state_ts
             */
            jobs_running?: number;
            /** @description When the job state counts were gathered (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            job_states_ts?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of jobs started through backfilling since last slurm start
             */
            bf_backfilled_jobs?: number;
            /**
             * Format: int32
             * @description Number of jobs started through backfilling since last reset
             */
            bf_last_backfilled_jobs?: number;
            /**
             * Format: int32
             * @description Number of heterogeneous job components started through backfilling since last Slurm start
             */
            bf_backfilled_het_jobs?: number;
            /**
             * Format: int32
             * @description Number of backfill scheduling cycles since last reset
             */
            bf_cycle_counter?: number;
            /**
             * Format: int64
             * @description Mean time in microseconds of backfilling scheduling cycles since last reset
             */
            bf_cycle_mean?: number;
            /**
             * Format: int64
             * @description Mean number of eligible to run jobs processed during all backfilling scheduling cycles since last reset
             */
            bf_depth_mean?: number;
            /**
             * Format: int64
             * @description The subset of Depth Mean that the backfill scheduler attempted to schedule
             */
            bf_depth_mean_try?: number;
            /**
             * Format: int64
             * @description Total time in microseconds of backfilling scheduling cycles since last reset
             */
            bf_cycle_sum?: number;
            /**
             * Format: int32
             * @description Execution time in microseconds of last backfill scheduling cycle
             */
            bf_cycle_last?: number;
            /**
             * Format: int32
             * @description Execution time in microseconds of longest backfill scheduling cycle
             */
            bf_cycle_max?: number;
            /** @description Reasons for which the backfill scheduling cycle exited since last reset */
            bf_exit?: components["schemas"]["v0.0.45_bf_exit_fields"];
            /**
             * Format: int32
             * @description Number of processed jobs during last backfilling scheduling cycle
             */
            bf_last_depth?: number;
            /**
             * Format: int32
             * @description Number of processed jobs during last backfilling scheduling cycle that had a chance to start using available resources
             */
            bf_last_depth_try?: number;
            /**
             * Format: int32
             * @description Total number of jobs processed during all backfilling scheduling cycles since last reset
             */
            bf_depth_sum?: number;
            /**
             * Format: int32
             * @description Subset of bf_depth_sum that the backfill scheduler attempted to schedule
             */
            bf_depth_try_sum?: number;
            /**
             * Format: int32
             * @description Number of jobs pending to be processed by backfilling algorithm
             */
            bf_queue_len?: number;
            /**
             * Format: int64
             * @description Mean number of jobs pending to be processed by backfilling algorithm
             */
            bf_queue_len_mean?: number;
            /**
             * Format: int32
             * @description Total number of jobs pending to be processed by backfilling algorithm since last reset
             */
            bf_queue_len_sum?: number;
            /**
             * Format: int32
             * @description Number of different time slots tested by the backfill scheduler in its last iteration
             */
            bf_table_size?: number;
            /**
             * Format: int32
             * @description Total number of different time slots tested by the backfill scheduler
             */
            bf_table_size_sum?: number;
            /**
             * Format: int64
             * @description Mean number of different time slots tested by the backfill scheduler
             */
            bf_table_size_mean?: number;
            /** @description When the last backfill scheduling cycle happened (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            bf_when_last_cycle?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Backfill scheduler currently running */
            bf_active?: boolean;
            /** @description Most frequently issued remote procedure calls (RPCs) (RPCs by type) */
            rpcs_by_message_type?: components["schemas"]["v0.0.45_stats_msg_rpcs_by_type"];
            /** @description RPCs issued by user ID (RPCs by user) */
            rpcs_by_user?: components["schemas"]["v0.0.45_stats_msg_rpcs_by_user"];
            /** @description Pending RPC statistics (Pending RPCs) */
            pending_rpcs?: components["schemas"]["v0.0.45_stats_msg_rpcs_queue"];
            /** @description Pending RPCs hostlists (Pending RPCs by hostlist) */
            pending_rpcs_by_hostlist?: components["schemas"]["v0.0.45_stats_msg_rpcs_dump"];
        };
        "v0.0.45_schedule_exit_fields": {
            /**
             * Format: int32
             * @description Reached end of queue
             */
            end_job_queue?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to be tested
             */
            default_queue_depth?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to start
             */
            max_job_start?: number;
            /**
             * Format: int32
             * @description Reached RPC limit
             */
            max_rpc_cnt?: number;
            /**
             * Format: int32
             * @description Reached maximum allowed scheduler time
             */
            max_sched_time?: number;
            /**
             * Format: int32
             * @description Blocked on licenses
             */
            licenses?: number;
        };
        "v0.0.45_bf_exit_fields": {
            /**
             * Format: int32
             * @description Reached end of queue
             */
            end_job_queue?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to start
             */
            bf_max_job_start?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to be tested
             */
            bf_max_job_test?: number;
            /**
             * Format: int32
             * @description Reached maximum allowed scheduler time
             */
            bf_max_time?: number;
            /**
             * Format: int32
             * @description Reached table size limit
             */
            bf_node_space_size?: number;
            /**
             * Format: int32
             * @description System state changed
             */
            state_changed?: number;
        };
        /** @description RPCs by type */
        "v0.0.45_stats_msg_rpcs_by_type": components["schemas"]["v0.0.45_stats_msg_rpc_type"][];
        "v0.0.45_stats_msg_rpc_type": {
            /**
             * Format: int32
             * @description Message type as integer
             */
            type_id: number;
            /** @description Message type as string (Slurm RPC message type) */
            message_type: string;
            /**
             * Format: int32
             * @description Number of RPCs received
             */
            count: number;
            /**
             * Format: int32
             * @description Number of RPCs queued
             */
            queued: number;
            /**
             * Format: int64
             * @description Number of RPCs dropped
             */
            dropped: number;
            /**
             * Format: int32
             * @description Number of RPCs processed within the last RPC queue cycle
             */
            cycle_last: number;
            /**
             * Format: int32
             * @description Maximum number of RPCs processed within a RPC queue cycle since start
             */
            cycle_max: number;
            /**
             * Format: int64
             * @description Total time spent processing RPC in seconds
             */
            total_time: number;
            /** @description Average time spent processing RPC in seconds (64 bit integer number with flags) */
            average_time: components["schemas"]["v0.0.45_uint64_no_val_struct"];
        };
        /** @description RPCs by user */
        "v0.0.45_stats_msg_rpcs_by_user": components["schemas"]["v0.0.45_stats_msg_rpc_user"][];
        "v0.0.45_stats_msg_rpc_user": {
            /**
             * Format: int32
             * @description User ID (numeric)
             */
            user_id: number;
            /** @description User name */
            user: string;
            /**
             * Format: int32
             * @description Number of RPCs received
             */
            count: number;
            /**
             * Format: int64
             * @description Total time spent processing RPC in seconds
             */
            total_time: number;
            /** @description Average time spent processing RPC in seconds (64 bit integer number with flags) */
            average_time: components["schemas"]["v0.0.45_uint64_no_val_struct"];
        };
        /** @description Pending RPCs */
        "v0.0.45_stats_msg_rpcs_queue": components["schemas"]["v0.0.45_stats_msg_rpc_queue"][];
        "v0.0.45_stats_msg_rpc_queue": {
            /**
             * Format: int32
             * @description Message type as integer
             */
            type_id: number;
            /** @description Message type as string (Slurm RPC message type) */
            message_type: string;
            /**
             * Format: int32
             * @description Number of pending RPCs queued
             */
            count: number;
        };
        /** @description Pending RPCs by hostlist */
        "v0.0.45_stats_msg_rpcs_dump": components["schemas"]["v0.0.45_stats_msg_rpc_dump"][];
        "v0.0.45_stats_msg_rpc_dump": {
            /**
             * Format: int32
             * @description Message type as integer
             */
            type_id: number;
            /** @description Message type as string (Slurm RPC message type) */
            message_type: string;
            /** @description Number of RPCs received */
            count: components["schemas"]["v0.0.45_hostlist_string"];
        };
        "v0.0.45_hostlist_string": string[];
        "v0.0.45_openapi_ping_array_resp": {
            /** @description pings */
            pings: components["schemas"]["v0.0.45_controller_ping_array"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_controller_ping_array": components["schemas"]["v0.0.45_controller_ping"][];
        "v0.0.45_controller_ping": {
            /** @description Target for ping */
            hostname?: string;
            /** @description If ping RPC responded with pong from controller */
            responding: boolean;
            /**
             * Format: int64
             * @description Number of microseconds it took to successfully ping or timeout
             */
            latency?: number;
            /** @description Is responding slurmctld the primary controller (Is responding slurmctld the primary controller) */
            primary: boolean;
            /** @description Ping status code */
            status?: string;
        };
        "v0.0.45_openapi_licenses_resp": {
            /** @description List of licenses */
            licenses: components["schemas"]["v0.0.45_licenses"];
            /** @description Time of last licenses change (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_update: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_licenses": components["schemas"]["v0.0.45_license"][];
        "v0.0.45_license": {
            /** @description Name of the license */
            LicenseName?: string;
            /**
             * Format: int32
             * @description Total number of licenses present
             */
            Total?: number;
            /**
             * Format: int32
             * @description Number of licenses in use
             */
            Used?: number;
            /**
             * Format: int32
             * @description Number of licenses currently available
             */
            Free?: number;
            /** @description Indicates whether licenses are served by the database */
            Remote?: boolean;
            /**
             * Format: int32
             * @description Number of licenses reserved
             */
            Reserved?: number;
            /**
             * Format: int32
             * @description Last known number of licenses that were consumed in the license manager (Remote Only)
             */
            LastConsumed?: number;
            /**
             * Format: int32
             * @description Number of "missing licenses" from the cluster's perspective
             */
            LastDeficit?: number;
            /**
             * Format: int64
             * @description When the license information was last updated (UNIX Timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            LastUpdate?: number;
            /** @description HRes nodes */
            Nodes?: string;
        };
        "v0.0.45_openapi_job_submit_response": {
            /**
             * Format: int32
             * @description submitted Job ID
             */
            job_id?: number;
            /** @description submitted Step ID */
            step_id?: string;
            /** @description Job submission user message */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_job_submit_req": {
            /** @description Job batch script contents; Same as the script field in jobs[0] or job. */
            script?: string;
            /** @description HetJob description */
            jobs?: components["schemas"]["v0.0.45_job_desc_msg_list"];
            /** @description Job description */
            job?: components["schemas"]["v0.0.45_job_desc_msg"];
        };
        "v0.0.45_job_desc_msg_list": components["schemas"]["v0.0.45_job_desc_msg"][];
        "v0.0.45_job_desc_msg": {
            /** @description Account associated with the job */
            account?: string;
            /** @description Job accounting and profiling sampling intervals in seconds */
            account_gather_frequency?: string;
            /** @description Arbitrary comment made by administrator */
            admin_comment?: string;
            /** @description Local node making the resource allocation */
            allocation_node_list?: string;
            /**
             * Format: int32
             * @description Port to send allocation confirmation to
             */
            allocation_node_port?: number;
            /** @description Arguments to the script. Note: The slurmstepd always overrides argv[0] with the path to the created script file. If this option is used, argv[0] should be a throwaway value. */
            argv?: components["schemas"]["v0.0.45_string_array"];
            /** @description Job array index value specification */
            array?: string;
            /** @description Features required for batch script's node */
            batch_features?: string;
            /** @description Defer the allocation of the job until the specified time (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            begin_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Job flags */
            flags?: ("KILL_INVALID_DEPENDENCY" | "NO_KILL_INVALID_DEPENDENCY" | "HAS_STATE_DIRECTORY" | "TESTING_BACKFILL" | "GRES_BINDING_ENFORCED" | "TEST_NOW_ONLY" | "SEND_JOB_ENVIRONMENT" | "SPREAD_JOB" | "PREFER_MINIMUM_NODE_COUNT" | "JOB_KILL_HURRY" | "SKIP_TRES_STRING_ACCOUNTING" | "SIBLING_CLUSTER_UPDATE_ONLY" | "HETEROGENEOUS_JOB" | "EXACT_TASK_COUNT_REQUESTED" | "EXACT_CPU_COUNT_REQUESTED" | "TESTING_WHOLE_NODE_BACKFILL" | "TOP_PRIORITY_JOB" | "ACCRUE_COUNT_CLEARED" | "GRES_BINDING_DISABLED" | "JOB_WAS_RUNNING" | "JOB_ACCRUE_TIME_RESET" | "CRON_JOB" | "EXACT_MEMORY_REQUESTED" | "EXTERNAL_JOB" | "USING_DEFAULT_ACCOUNT" | "USING_DEFAULT_PARTITION" | "USING_DEFAULT_QOS" | "USING_DEFAULT_WCKEY" | "DEPENDENT" | "MAGNETIC" | "PARTITION_ASSIGNED" | "BACKFILL_ATTEMPTED" | "SCHEDULING_ATTEMPTED" | "STEPMGR_ENABLED" | "SPREAD_SEGMENTS" | "CONSOLIDATE_SEGMENTS" | "EXPEDITED_REQUEUE" | "JOB_IMPLICIT_MAX_NODES")[];
            /** @description Burst buffer specifications */
            burst_buffer?: string;
            /** @description Clusters that a federated job can run on */
            clusters?: string;
            /** @description Required features that a federated cluster must have to have a sibling job submitted to it */
            cluster_constraint?: string;
            /** @description Arbitrary comment made by user */
            comment?: string;
            /** @description True if job requires contiguous nodes */
            contiguous?: boolean;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description OCI container ID */
            container_id?: string;
            /** @description Job container type */
            container_type?: string;
            /**
             * Format: int32
             * @description Specialized core count
             */
            core_specification?: number;
            /**
             * Format: int32
             * @description Specialized thread count
             */
            thread_specification?: number;
            /** @description Method for binding tasks to allocated CPUs */
            cpu_binding?: string;
            /** @description Flags for CPU binding */
            cpu_binding_flags?: ("CPU_BIND_TO_THREADS" | "CPU_BIND_TO_CORES" | "CPU_BIND_TO_SOCKETS" | "CPU_BIND_TO_LDOMS" | "CPU_BIND_NONE" | "CPU_BIND_MAP" | "CPU_BIND_MASK" | "CPU_BIND_LDRANK" | "CPU_BIND_LDMAP" | "CPU_BIND_LDMASK" | "VERBOSE" | "CPU_BIND_ONE_THREAD_PER_CORE")[];
            /** @description Requested CPU frequency range <p1>[-p2][:p3] */
            cpu_frequency?: string;
            /** @description Semicolon delimited list of TRES=# values values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
            cpus_per_tres?: string;
            /** @description Specification for scrontab job (crontab entry) */
            crontab?: components["schemas"]["v0.0.45_cron_entry"];
            /**
             * Format: int64
             * @description Latest time that the job may start (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            deadline?: number;
            /**
             * Format: int32
             * @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification
             */
            delay_boot?: number;
            /** @description Other jobs that must meet certain criteria before this job can start */
            dependency?: string;
            /**
             * Format: int64
             * @description Expected end time (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            end_time?: number;
            /** @description Environment variables to be set for the job; required for job submissions */
            environment?: components["schemas"]["v0.0.45_string_array"];
            rlimits?: {
                /** @description Per-process CPU limit, in seconds (Per-process CPU limit, in seconds.) (64 bit integer number with flags) */
                cpu?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Largest file that can be created, in bytes (Largest file that can be created, in bytes.) (64 bit integer number with flags) */
                fsize?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Maximum size of data segment, in bytes (Maximum size of data segment, in bytes. ) (64 bit integer number with flags) */
                data?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Maximum size of stack segment, in bytes (Maximum size of stack segment, in bytes.) (64 bit integer number with flags) */
                stack?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Largest core file that can be created, in bytes (Largest core file that can be created, in bytes.) (64 bit integer number with flags) */
                core?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Largest resident set size, in bytes. This affects swapping; processes that are exceeding their resident set size will be more likely to have physical memory taken from them (Largest resident set size, in bytes. This affects swapping; processes that are exceeding their resident set size will be more likely to have physical memory taken from them.) (64 bit integer number with flags) */
                rss?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Number of processes (Number of processes.) (64 bit integer number with flags) */
                nproc?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Number of open files (Number of open files.) (64 bit integer number with flags) */
                nofile?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Locked-in-memory address space (Locked-in-memory address space) (64 bit integer number with flags) */
                memlock?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Address space limit (Address space limit.) (64 bit integer number with flags) */
                as?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            };
            /** @description Comma-separated list of nodes that may not be used */
            excluded_nodes?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Comma-separated list of features that are required */
            constraints?: string;
            /** @description Group ID of the user that owns the job */
            group_id?: string;
            /**
             * Format: int32
             * @description Unique sequence number applied to this component of the heterogeneous job
             */
            hetjob_group?: number;
            /** @description If true, exit if resources are not available within the time period specified */
            immediate?: boolean;
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description If true, kill job on node failure */
            kill_on_node_fail?: boolean;
            /** @description License(s) required by the job */
            licenses?: string;
            /** @description Mail event type(s) */
            mail_type?: ("BEGIN" | "END" | "FAIL" | "REQUEUE" | "TIME=100%" | "TIME=90%" | "TIME=80%" | "TIME=50%" | "STAGE_OUT" | "ARRAY_TASKS" | "INVALID_DEPENDENCY")[];
            /** @description User to receive email notifications */
            mail_user?: string;
            /** @description Multi-Category Security label on the job */
            mcs_label?: string;
            /** @description Binding map for map/mask_cpu */
            memory_binding?: string;
            /** @description Method for binding tasks to memory */
            memory_binding_type?: ("NONE" | "RANK" | "MAP" | "MASK" | "LOCAL" | "VERBOSE" | "PREFER")[];
            /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
            memory_per_tres?: string;
            /**
             * Format: int32
             * @description Auto-reduce memory margin percent
             */
            memory_update_margin?: number;
            /**
             * Format: int32
             * @description Auto-reduce memory delay in minutes
             */
            memory_update_delay?: number;
            /** @description Job name */
            name?: string;
            /** @description Network specs for job step */
            network?: string;
            /**
             * Format: int32
             * @description Requested job priority change
             */
            nice?: number;
            /**
             * Format: int32
             * @description Number of tasks
             */
            tasks?: number;
            /**
             * Format: int32
             * @description Kill whole step in case of OOM in one of the tasks
             */
            oom_kill_step?: number;
            /** @description Open mode used for stdout and stderr files */
            open_mode?: ("APPEND" | "TRUNCATE")[];
            /**
             * Format: int32
             * @description Port to send various notification msg to
             */
            reserve_ports?: number;
            /** @description Overcommit resources */
            overcommit?: boolean;
            /** @description Partition assigned to the job */
            partition?: string;
            /** @description Plane size specification when distribution specifies plane (16 bit integer number with flags) */
            distribution_plane_size?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Comma-separated list of features that are preferred but not required */
            prefer?: string;
            /** @description Hold (true) or release (false) job (Job held) */
            hold?: boolean;
            /** @description Request specific job priority (32 bit integer number with flags) */
            priority?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Profile used by the acct_gather_profile plugin */
            profile?: ("NOT_SET" | "NONE" | "ENERGY" | "LUSTRE" | "NETWORK" | "TASK")[];
            /** @description Quality of Service assigned to the job */
            qos?: string;
            /** @description Node reboot requested before start */
            reboot?: boolean;
            /** @description Comma-separated list of required nodes */
            required_nodes?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Determines whether the job may be requeued */
            requeue?: boolean;
            /** @description Name of reservation to use */
            reservation?: string;
            /** @description Job batch script contents; only the first component in a HetJob is populated or honored */
            script?: string;
            /** @description How the job can share resources with other jobs, if at all */
            shared?: ("none" | "oversubscribe" | "user" | "mcs" | "topo")[];
            /**
             * Format: int32
             * @description Site-specific priority factor
             */
            site_factor?: number;
            /** @description Environment variables for job prolog/epilog scripts as set by SPANK plugins */
            spank_environment?: components["schemas"]["v0.0.45_string_array"];
            /** @description Job step ID */
            step_id?: components["schemas"]["v0.0.45_slurm_step_id"];
            /** @description Layout */
            distribution?: string;
            /** @description Maximum run time in minutes (32 bit integer number with flags) */
            time_limit?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Minimum run time in minutes (32 bit integer number with flags) */
            time_minimum?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description Comma-separated list of TRES=# values to be allocated for every job */
            tres_per_job?: string;
            /** @description Comma-separated list of TRES=# values to be allocated for every node */
            tres_per_node?: string;
            /** @description Comma-separated list of TRES=# values to be allocated for every socket */
            tres_per_socket?: string;
            /** @description Comma-separated list of TRES=# values to be allocated for every task */
            tres_per_task?: string;
            /** @description User ID that owns the job */
            user_id?: string;
            /** @description If true, wait to start until after all nodes have booted */
            wait_all_nodes?: boolean;
            /** @description Flags related to job signals */
            kill_warning_flags?: ("BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT")[];
            /** @description Signal to send when approaching end time (e.g. "10" or "USR1") */
            kill_warning_signal?: string;
            /** @description Number of seconds before end time to send the warning signal (16 bit integer number with flags) */
            kill_warning_delay?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Working directory to use for the job */
            current_working_directory?: string;
            /**
             * Format: int32
             * @description Number of CPUs required by each task
             */
            cpus_per_task?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs required
             */
            minimum_cpus?: number;
            /**
             * Format: int32
             * @description Maximum number of CPUs required
             */
            maximum_cpus?: number;
            /** @description Node count range specification (e.g. 1-15:4) */
            nodes?: string;
            /**
             * Format: int32
             * @description Minimum node count
             */
            minimum_nodes?: number;
            /**
             * Format: int32
             * @description Maximum node count
             */
            maximum_nodes?: number;
            /**
             * Format: int32
             * @description Boards per node required
             */
            minimum_boards_per_node?: number;
            /**
             * Format: int32
             * @description Sockets per board required
             */
            minimum_sockets_per_board?: number;
            /**
             * Format: int32
             * @description Sockets per node required
             */
            sockets_per_node?: number;
            /**
             * Format: int32
             * @description Cores per sockets required
             */
            cores_per_socket?: number;
            /**
             * Format: int32
             * @description Threads per core required
             */
            threads_per_core?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each node
             */
            tasks_per_node?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each socket
             */
            tasks_per_socket?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each core
             */
            tasks_per_core?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each board
             */
            tasks_per_board?: number;
            /**
             * Format: int32
             * @description Number of tasks that can access each GPU
             */
            ntasks_per_tres?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs per node
             */
            minimum_cpus_per_node?: number;
            /** @description Minimum memory in megabytes per allocated CPU (64 bit integer number with flags) */
            memory_per_cpu?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Minimum memory in megabytes per allocated node (64 bit integer number with flags) */
            memory_per_node?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Minimum tmp disk space required per node
             */
            temporary_disk_per_node?: number;
            /** @description SELinux context */
            selinux_context?: string;
            /** @description Maximum number of switches (32 bit integer number with flags) */
            required_switches?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Segment size for topology/block (16 bit integer number with flags) */
            segment_size?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Path to stderr file */
            standard_error?: string;
            /** @description Path to stdin file */
            standard_input?: string;
            /** @description Path to stdout file */
            standard_output?: string;
            /**
             * Format: int32
             * @description Maximum time to wait for switches in seconds
             */
            wait_for_switch?: number;
            /** @description Workload characterization key */
            wckey?: string;
            /** @description X11 forwarding options */
            x11?: ("FORWARD_ALL_NODES" | "BATCH_NODE" | "FIRST_NODE" | "LAST_NODE")[];
            /** @description Magic cookie for X11 forwarding */
            x11_magic_cookie?: string;
            /** @description Hostname or UNIX socket if x11_target_port=0 */
            x11_target_host?: string;
            /**
             * Format: int32
             * @description TCP port
             */
            x11_target_port?: number;
        };
        "v0.0.45_cron_entry": {
            /** @description Flags */
            flags?: ("WILD_MINUTE" | "WILD_HOUR" | "WILD_DAY_OF_MONTH" | "WILD_MONTH" | "WILD_DAY_OF_WEEK")[];
            /** @description Ranged string specifying eligible minute values (e.g. 0-10,50) */
            minute?: string;
            /** @description Ranged string specifying eligible hour values (e.g. 0-5,23) */
            hour?: string;
            /** @description Ranged string specifying eligible day of month values (e.g. 0-10,29) */
            day_of_month?: string;
            /** @description Ranged string specifying eligible month values (e.g. 0-5,12) */
            month?: string;
            /** @description Ranged string specifying eligible day of week values (e.g.0-3,7) */
            day_of_week?: string;
            /** @description Complete time specification (* means valid for all allowed values) - minute hour day_of_month month day_of_week */
            specification?: string;
            /** @description Command to run */
            command?: string;
            line?: {
                /**
                 * Format: int32
                 * @description Start of this entry in file
                 */
                start?: number;
                /**
                 * Format: int32
                 * @description End of this entry in file
                 */
                end?: number;
            };
        };
        "v0.0.45_csv_string": string[];
        "v0.0.45_uint16_no_val_struct": {
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: int32
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
        };
        "v0.0.45_slurm_step_id": {
            /** @description SLUID (Slurm Lexicographically-sortable Unique ID) */
            sluid?: string;
            /** @description Job ID (32 bit integer number with flags) */
            job_id?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description HetJob component (32 bit integer number with flags) */
            step_het_component?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Job step ID */
            step_id?: string;
        };
        "v0.0.45_openapi_job_alloc_resp": {
            /**
             * Format: int32
             * @description Submitted Job ID
             */
            job_id?: number;
            /** @description Job submission user message */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_job_alloc_req": {
            /** @description HetJob description */
            hetjob?: components["schemas"]["v0.0.45_job_desc_msg_list"];
            /** @description Job description */
            job?: components["schemas"]["v0.0.45_job_desc_msg"];
        };
        "v0.0.45_openapi_job_info_resp": {
            /** @description List of jobs */
            jobs: components["schemas"]["v0.0.45_job_info_msg"];
            /** @description Time of last backfill scheduler run (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_backfill: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Time of last job change (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_update: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_job_info_msg": components["schemas"]["v0.0.45_job_info"][];
        "v0.0.45_job_info": {
            /** @description Account associated with the job */
            account?: string;
            /** @description When the job started accruing age priority (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            accrue_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Arbitrary comment made by administrator */
            admin_comment?: string;
            /** @description Local node making the resource allocation */
            allocating_node?: string;
            /** @description Job ID of job array, or 0 if N/A (32 bit integer number with flags) */
            array_job_id?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Task ID of this task in job array (32 bit integer number with flags) */
            array_task_id?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Maximum number of simultaneously running array tasks, 0 if no limit (32 bit integer number with flags) */
            array_max_tasks?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description String expression of task IDs in this record */
            array_task_string?: string;
            /**
             * Format: int32
             * @description Unique identifier for the association
             */
            association_id?: number;
            /** @description Features required for batch script's node */
            batch_features?: string;
            /** @description True if batch job */
            batch_flag?: boolean;
            /** @description Name of host running batch script */
            batch_host?: string;
            /** @description Job flags */
            flags?: ("KILL_INVALID_DEPENDENCY" | "NO_KILL_INVALID_DEPENDENCY" | "HAS_STATE_DIRECTORY" | "TESTING_BACKFILL" | "GRES_BINDING_ENFORCED" | "TEST_NOW_ONLY" | "SEND_JOB_ENVIRONMENT" | "SPREAD_JOB" | "PREFER_MINIMUM_NODE_COUNT" | "JOB_KILL_HURRY" | "SKIP_TRES_STRING_ACCOUNTING" | "SIBLING_CLUSTER_UPDATE_ONLY" | "HETEROGENEOUS_JOB" | "EXACT_TASK_COUNT_REQUESTED" | "EXACT_CPU_COUNT_REQUESTED" | "TESTING_WHOLE_NODE_BACKFILL" | "TOP_PRIORITY_JOB" | "ACCRUE_COUNT_CLEARED" | "GRES_BINDING_DISABLED" | "JOB_WAS_RUNNING" | "JOB_ACCRUE_TIME_RESET" | "CRON_JOB" | "EXACT_MEMORY_REQUESTED" | "EXTERNAL_JOB" | "USING_DEFAULT_ACCOUNT" | "USING_DEFAULT_PARTITION" | "USING_DEFAULT_QOS" | "USING_DEFAULT_WCKEY" | "DEPENDENT" | "MAGNETIC" | "PARTITION_ASSIGNED" | "BACKFILL_ATTEMPTED" | "SCHEDULING_ATTEMPTED" | "STEPMGR_ENABLED" | "SPREAD_SEGMENTS" | "CONSOLIDATE_SEGMENTS" | "EXPEDITED_REQUEUE" | "JOB_IMPLICIT_MAX_NODES")[];
            /** @description Burst buffer specifications */
            burst_buffer?: string;
            /** @description Burst buffer state details */
            burst_buffer_state?: string;
            /** @description Cluster name */
            cluster?: string;
            /** @description List of required cluster features */
            cluster_features?: string;
            /** @description Executed command */
            command?: string;
            /** @description Arbitrary comment */
            comment?: string;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description OCI container ID */
            container_id?: string;
            /** @description Job container type */
            container_type?: string;
            /** @description True if job requires contiguous nodes */
            contiguous?: boolean;
            /**
             * Format: int32
             * @description Specialized core count
             */
            core_spec?: number;
            /**
             * Format: int32
             * @description Specialized thread count
             */
            thread_spec?: number;
            /** @description Cores per socket required (16 bit integer number with flags) */
            cores_per_socket?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Billable TRES (64 bit floating point number with flags) */
            billable_tres?: components["schemas"]["v0.0.45_float64_no_val_struct"];
            /** @description Number of CPUs required by each task (16 bit integer number with flags) */
            cpus_per_task?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Minimum CPU frequency (32 bit integer number with flags) */
            cpu_frequency_minimum?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Maximum CPU frequency (32 bit integer number with flags) */
            cpu_frequency_maximum?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description CPU frequency governor (32 bit integer number with flags) */
            cpu_frequency_governor?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Semicolon delimited list of TRES=# values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
            cpus_per_tres?: string;
            /** @description Time specification for scrontab job */
            cron?: string;
            /** @description Latest time that the job may start (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            deadline?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification (32 bit integer number with flags) */
            delay_boot?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Other jobs that must meet certain criteria before this job can start */
            dependency?: string;
            /** @description Highest exit code of all job steps (return code returned by process) */
            derived_exit_code?: components["schemas"]["v0.0.45_process_exit_code_verbose"];
            /** @description Time when the job became eligible to run (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            eligible_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description End time, real or expected (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            end_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Comma-separated list of nodes that may not be used */
            excluded_nodes?: string;
            /** @description Exit code of the job (return code returned by process) */
            exit_code?: components["schemas"]["v0.0.45_process_exit_code_verbose"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Name of node that caused job failure */
            failed_node?: string;
            /** @description Comma-separated list of features that are required */
            features?: string;
            /** @description Origin cluster's name (when using federation) */
            federation_origin?: string;
            /** @description Active sibling job names */
            federation_siblings_active?: string;
            /** @description Viable sibling job names */
            federation_siblings_viable?: string;
            /** @description List of GRES index and counts allocated per node */
            gres_detail?: components["schemas"]["v0.0.45_job_info_gres_detail"];
            /**
             * Format: int32
             * @description Group ID of the user that owns the job
             */
            group_id?: number;
            /** @description Group name of the user that owns the job */
            group_name?: string;
            /** @description Heterogeneous job ID, if applicable (32 bit integer number with flags) */
            het_job_id?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Job ID range for all heterogeneous job components */
            het_job_id_set?: string;
            /** @description Unique sequence number applied to this component of the heterogeneous job (32 bit integer number with flags) */
            het_job_offset?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description Resources used by the job */
            job_resources?: components["schemas"]["v0.0.45_job_res"];
            /** @description Number of nodes (in a range) required for this job */
            job_size_str?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Current state */
            job_state?: ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT" | "EXPEDITING")[];
            /** @description Last time job was evaluated for scheduling (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_sched_evaluation?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description License(s) required by the job */
            licenses?: string;
            /** @description License(s) allocated to the job */
            licenses_allocated?: string;
            /** @description Mail event type(s) */
            mail_type?: ("BEGIN" | "END" | "FAIL" | "REQUEUE" | "TIME=100%" | "TIME=90%" | "TIME=80%" | "TIME=50%" | "STAGE_OUT" | "ARRAY_TASKS" | "INVALID_DEPENDENCY")[];
            /** @description User to receive email notifications */
            mail_user?: string;
            /** @description Maximum number of CPUs usable by the job (32 bit integer number with flags) */
            max_cpus?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Maximum number of nodes usable by the job (32 bit integer number with flags) */
            max_nodes?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Multi-Category Security label on the job */
            mcs_label?: string;
            /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
            memory_per_tres?: string;
            /**
             * Format: int32
             * @description Auto-reduce memory delay in minutes
             */
            memory_update_delay?: number;
            /**
             * Format: int32
             * @description Auto-reduce memory margin percent
             */
            memory_update_margin?: number;
            /** @description Job name */
            name?: string;
            /** @description Network specs for the job */
            network?: string;
            /** @description Node(s) allocated to the job */
            nodes?: string;
            /**
             * Format: int32
             * @description Requested job priority change
             */
            nice?: number;
            /** @description Number of tasks invoked on each core (16 bit integer number with flags) */
            tasks_per_core?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Number of tasks that can assess each GPU (16 bit integer number with flags) */
            tasks_per_tres?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Number of tasks invoked on each node (16 bit integer number with flags) */
            tasks_per_node?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Number of tasks invoked on each socket (16 bit integer number with flags) */
            tasks_per_socket?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Number of tasks invoked on each board (16 bit integer number with flags) */
            tasks_per_board?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Minimum number of CPUs required (32 bit integer number with flags) */
            cpus?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Minimum number of nodes required (32 bit integer number with flags) */
            node_count?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Number of tasks (32 bit integer number with flags) */
            tasks?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Partition assigned to the job */
            partition?: string;
            /** @description Feature(s) the job requested but that are not required */
            prefer?: string;
            /** @description Minimum memory in megabytes per allocated CPU (64 bit integer number with flags) */
            memory_per_cpu?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Minimum memory in megabytes per allocated node (64 bit integer number with flags) */
            memory_per_node?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Minimum number of CPUs per node (16 bit integer number with flags) */
            minimum_cpus_per_node?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Minimum tmp disk space required per node (32 bit integer number with flags) */
            minimum_tmp_disk_per_node?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Time job received preemption signal (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            preempt_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Time job becomes eligible for preemption (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            preemptable_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Total run time prior to last suspend in seconds (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            pre_sus_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Hold (true) or release (false) job (Job held) */
            hold?: boolean;
            /** @description Request specific job priority (32 bit integer number with flags) */
            priority?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Prospective job priority in each partition that may be used by this job */
            priority_by_partition?: components["schemas"]["v0.0.45_priority_by_partition"];
            /** @description Profile used by the acct_gather_profile plugin */
            profile?: ("NOT_SET" | "NONE" | "ENERGY" | "LUSTRE" | "NETWORK" | "TASK")[];
            /** @description Quality of Service assigned to the job, if pending the QOS requested */
            qos?: string;
            /** @description Node reboot requested before start */
            reboot?: boolean;
            /** @description Comma-separated list of required nodes */
            required_nodes?: string;
            /**
             * Format: int32
             * @description Maximum number of switches
             */
            required_switches?: number;
            /** @description Determines whether the job may be requeued */
            requeue?: boolean;
            /** @description Time of last size change (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            resize_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of job restarts
             */
            restart_cnt?: number;
            /** @description Name of reservation to use */
            resv_name?: string;
            /** @description List of nodes scheduled to be used for the job */
            scheduled_nodes?: string;
            /**
             * Format: int32
             * @description Requested segment size
             */
            segment_size?: number;
            /** @description SELinux context */
            selinux_context?: string;
            /**
             * @deprecated
             * @description Ignored. Was 'How the job can share resources with other jobs, if at all'. Replaced by 'oversubscribe' and 'exclusive'.
             */
            shared?: ("none" | "oversubscribe" | "user" | "mcs" | "topo")[];
            /** @description Job step ID */
            step_id?: components["schemas"]["v0.0.45_slurm_step_id"];
            /**
             * Format: int32
             * @description Number of sockets per board required
             */
            sockets_per_board?: number;
            /** @description Number of sockets per node required (16 bit integer number with flags) */
            sockets_per_node?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Time execution began, or is expected to begin (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            start_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Optional details for state_reason */
            state_description?: string;
            /** @description Reason for current Pending or Failed state */
            state_reason?: string;
            /** @description Path to stdin file */
            standard_input?: string;
            /** @description Path to stdout file */
            standard_output?: string;
            /** @description Path to stderr file */
            standard_error?: string;
            /** @description Job stdin with expanded fields */
            stdin_expanded?: string;
            /** @description Job stdout with expanded fields */
            stdout_expanded?: string;
            /** @description Job stderr with expanded fields */
            stderr_expanded?: string;
            /** @description Time when the job was submitted (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            submit_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Job submit line (e.g. 'sbatch -N3 job.sh job_arg' */
            submit_line?: string;
            /** @description Time the job was last suspended or resumed (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            suspend_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Arbitrary comment from slurmctld */
            system_comment?: string;
            /** @description Maximum run time in minutes (32 bit integer number with flags) */
            time_limit?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Minimum run time in minutes (32 bit integer number with flags) */
            time_minimum?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Number of processor threads per CPU core required (16 bit integer number with flags) */
            threads_per_core?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description Comma-separated list of TRES=# values to be allocated per job */
            tres_per_job?: string;
            /** @description Comma-separated list of TRES=# values to be allocated per node */
            tres_per_node?: string;
            /** @description Comma-separated list of TRES=# values to be allocated per socket */
            tres_per_socket?: string;
            /** @description Comma-separated list of TRES=# values to be allocated per task */
            tres_per_task?: string;
            /** @description TRES requested by the job */
            tres_req_str?: string;
            /** @description TRES used by the job */
            tres_alloc_str?: string;
            /**
             * Format: int32
             * @description User ID that owns the job
             */
            user_id?: number;
            /** @description User name that owns the job */
            user_name?: string;
            /**
             * Format: int32
             * @description Maximum time to wait for switches in seconds
             */
            maximum_switch_wait_time?: number;
            /** @description Workload characterization key */
            wckey?: string;
            /** @description Working directory to use for the job */
            current_working_directory?: string;
        };
        "v0.0.45_process_exit_code_verbose": {
            /** @description Status given by return code */
            status?: ("INVALID" | "PENDING" | "SUCCESS" | "ERROR" | "SIGNALED" | "CORE_DUMPED")[];
            /** @description Process return code (numeric) (32 bit integer number with flags) */
            return_code?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            signal?: {
                /** @description Signal sent to process (numeric) (16 bit integer number with flags) */
                id?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
                /** @description Signal sent to process (name) */
                name?: string;
            };
        };
        "v0.0.45_job_info_gres_detail": string[];
        "v0.0.45_job_res": {
            /** @description Scheduler consumable resource selection type */
            select_type: ("NONE" | "CR_CPU_MEMORY" | "CR_CPU" | "CR_CORE_MEMORY" | "CR_CORE" | "CR_SOCKET_MEMORY" | "CR_SOCKET" | "CR_MEMORY" | "CR_ONE_TASK_PER_CORE" | "CR_CORE_DEFAULT_DIST_BLOCK" | "CR_NO_DIST_TOPO_BLOCK" | "CR_LLN" | "CR_PACK_NODES" | "LL_SHARED_GRES" | "MULTIPLE_SHARING_GRES_PJ" | "ENFORCE_BINDING_GRES" | "ONE_TASK_PER_SHARING_GRES")[];
            nodes?: {
                /**
                 * Format: int32
                 * @description Number of allocated nodes
                 */
                count?: number;
                /** @description Node scheduling selection method */
                select_type?: ("AVAILABLE" | "ONE_ROW" | "RESERVED")[];
                /** @description Node(s) allocated to the job */
                list?: string;
                /** @description Whether whole nodes were allocated */
                whole?: boolean;
                /** @description Allocated node resources (Job resources for a node) */
                allocation?: components["schemas"]["v0.0.45_job_res_nodes"];
            };
            /**
             * Format: int32
             * @description Number of allocated CPUs
             */
            cpus: number;
            /** @description Number of processor threads per CPU core (16 bit integer number with flags) */
            threads_per_core: components["schemas"]["v0.0.45_uint16_no_val_struct"];
        };
        /** @description Job resources for a node */
        "v0.0.45_job_res_nodes": components["schemas"]["v0.0.45_job_res_node"][];
        "v0.0.45_job_res_node": {
            /**
             * Format: int32
             * @description Node index
             */
            index: number;
            /** @description Node name */
            name: string;
            cpus?: {
                /**
                 * Format: int32
                 * @description Total number of CPUs assigned to job
                 */
                count?: number;
                /**
                 * Format: int32
                 * @description Total number of CPUs used by job
                 */
                used?: number;
            };
            memory?: {
                /**
                 * Format: int64
                 * @description Total memory (MiB) used by job
                 */
                used?: number;
                /**
                 * Format: int64
                 * @description Total memory (MiB) allocated to job
                 */
                allocated?: number;
            };
            /** @description Socket allocations in node */
            sockets: components["schemas"]["v0.0.45_job_res_socket_array"];
        };
        "v0.0.45_job_res_socket_array": components["schemas"]["v0.0.45_job_res_socket"][];
        "v0.0.45_job_res_socket": {
            /**
             * Format: int32
             * @description Core index
             */
            index: number;
            /** @description Core in socket */
            cores: components["schemas"]["v0.0.45_job_res_core_array"];
        };
        "v0.0.45_job_res_core_array": components["schemas"]["v0.0.45_job_res_core"][];
        "v0.0.45_job_res_core": {
            /**
             * Format: int32
             * @description Core index
             */
            index: number;
            /** @description Core status */
            status: ("INVALID" | "UNALLOCATED" | "ALLOCATED" | "IN_USE")[];
        };
        "v0.0.45_priority_by_partition": components["schemas"]["v0.0.45_part_prio"][];
        "v0.0.45_part_prio": {
            /** @description Partition name */
            partition?: string;
            /**
             * Format: int32
             * @description Prospective job priority if it runs in this partition
             */
            priority?: number;
        };
        "v0.0.45_openapi_kill_jobs_resp": {
            /** @description result of signal request (List of jobs signal responses) */
            status: components["schemas"]["v0.0.45_kill_jobs_resp_msg"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        /** @description List of jobs signal responses */
        "v0.0.45_kill_jobs_resp_msg": components["schemas"]["v0.0.45_kill_jobs_resp_job"][];
        "v0.0.45_kill_jobs_resp_job": {
            error?: {
                /** @description String error encountered signaling job */
                string?: string;
                /**
                 * Format: int32
                 * @description Numeric error encountered signaling job
                 */
                code?: number;
                /** @description Error message why signaling job failed */
                message?: string;
            };
            /** @description Job or Step ID that signaling failed */
            step_id: string;
            /** @description Job ID that signaling failed (32 bit integer number with flags) */
            job_id: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            federation?: {
                /** @description Name of federation sibling (may be empty for non-federation) */
                sibling?: string;
            };
        };
        "v0.0.45_kill_jobs_msg": {
            /** @description Filter jobs to a specific account */
            account?: string;
            /** @description Filter jobs according to flags */
            flags?: ("BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT")[];
            /** @description Filter jobs to a specific name */
            job_name?: string;
            /** @description List of jobs to signal */
            jobs?: components["schemas"]["v0.0.45_kill_jobs_msg_jobs_array"];
            /** @description Filter jobs to a specific partition */
            partition?: string;
            /** @description Filter jobs to a specific QOS */
            qos?: string;
            /** @description Filter jobs to a specific reservation */
            reservation?: string;
            /** @description Signal to send to jobs */
            signal?: string;
            /** @description Filter jobs to a specific state */
            job_state?: ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT" | "EXPEDITING")[];
            /** @description Filter jobs to a specific numeric user id */
            user_id?: string;
            /** @description Filter jobs to a specific user name */
            user_name?: string;
            /** @description Filter jobs to a specific wckey */
            wckey?: string;
            /** @description Filter jobs to a set of nodes */
            nodes?: components["schemas"]["v0.0.45_hostlist_string"];
        };
        "v0.0.45_kill_jobs_msg_jobs_array": string[];
        "v0.0.45_openapi_job_post_response": {
            /** @description Job update results (Job update results) */
            results?: components["schemas"]["v0.0.45_job_array_response_array"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_job_array_response_array": components["schemas"]["v0.0.45_job_array_response_msg_entry"][];
        "v0.0.45_job_array_response_msg_entry": {
            /**
             * Format: int32
             * @description Job ID for updated job
             */
            job_id?: number;
            /** @description Step ID for updated job */
            step_id?: string;
            /** @description Verbose update status or error */
            error?: string;
            /**
             * Format: int32
             * @description Verbose update status or error
             */
            error_code?: number;
            /** @description Update response message */
            why?: string;
        };
        "v0.0.45_openapi_kill_job_resp": {
            /** @description result of signal request (List of jobs signal responses) */
            status: components["schemas"]["v0.0.45_kill_jobs_resp_msg"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_job_requeue_resp": {
            /** @description result of job requeue request (Job update results) */
            status: components["schemas"]["v0.0.45_job_array_response_array"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_jobs_requeue_resp": {
            /** @description result of batch job requeue request */
            status: components["schemas"]["v0.0.45_job_array_response_msg_ptr_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_job_array_response_msg_ptr_list": components["schemas"]["v0.0.45_job_array_response_array"][];
        "v0.0.45_openapi_jobs_requeue_query": {
            /** @description Requeue flags */
            flags?: ("Incomplete" | "Hold" | "SpecialExit")[];
            /** @description List of jobs to requeue */
            jobs?: components["schemas"]["v0.0.45_selected_step_list"];
        };
        "v0.0.45_selected_step_list": string[];
        "v0.0.45_openapi_nodes_resp": {
            /** @description List of nodes */
            nodes: components["schemas"]["v0.0.45_nodes"];
            /** @description Time of last node change (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_update: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_nodes": components["schemas"]["v0.0.45_node"][];
        "v0.0.45_node": {
            /** @description Computer architecture */
            architecture?: string;
            /** @description Alternate network path to be used for sbcast network traffic */
            burstbuffer_network_address?: string;
            /**
             * Format: int32
             * @description Number of Baseboards in nodes with a baseboard controller
             */
            boards?: number;
            /** @description Time when the node booted (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            boot_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Time when TLS certificate was created (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            tls_cert_last_renewal?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Certmgr status flags */
            cert_flags?: "TOKEN_SET"[];
            /** @description Cluster name (only set in federated environments) */
            cluster_name?: string;
            /**
             * Format: int32
             * @description Number of cores in a single physical processor socket
             */
            cores?: number;
            /**
             * Format: int32
             * @description Number of cores reserved for system use
             */
            specialized_cores?: number;
            /**
             * Format: int32
             * @description Default method for binding tasks to allocated CPUs
             */
            cpu_binding?: number;
            /**
             * Format: int32
             * @description CPU load as reported by the OS
             */
            cpu_load?: number;
            /** @description Total memory in MB currently free as reported by the OS (64 bit integer number with flags) */
            free_mem?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Total CPUs, including cores and threads
             */
            cpus?: number;
            /**
             * Format: int32
             * @description Number of effective CPUs (excluding specialized CPUs)
             */
            effective_cpus?: number;
            /** @description Slurm abstract CPU IDs on this node reserved for exclusive use by slurmd and slurmstepd */
            specialized_cpus?: string;
            /** @description Energy usage data */
            energy?: components["schemas"]["v0.0.45_acct_gather_energy"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Available features */
            features?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Currently active features */
            active_features?: components["schemas"]["v0.0.45_csv_string"];
            /** @description CPU cores reserved for jobs that also use a GPU */
            gpu_spec?: string;
            /** @description Generic resources */
            gres?: string;
            /** @description Drained generic resources */
            gres_drained?: string;
            /** @description Generic resources currently in use */
            gres_used?: string;
            /** @description Cloud instance ID */
            instance_id?: string;
            /** @description Cloud instance type */
            instance_type?: string;
            /** @description Time when the node was last busy (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_busy?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Multi-Category Security label */
            mcs_label?: string;
            /**
             * Format: int64
             * @description Combined memory limit, in MB, for Slurm compute node daemons
             */
            specialized_memory?: number;
            /** @description NodeName */
            name?: string;
            /** @description The state the node will be assigned after rebooting */
            next_state_after_reboot?: ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "EXTERNAL" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "POWER_DOWN_ASAP" | "POWER_DOWN_FORCE" | "DYNAMIC_NORM" | "BLOCKED")[];
            /** @description NodeAddr, used to establish a communication path */
            address?: string;
            /** @description NodeHostname */
            hostname?: string;
            /** @description Node state(s) applicable to this node */
            state?: ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "EXTERNAL" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "POWER_DOWN_ASAP" | "POWER_DOWN_FORCE" | "DYNAMIC_NORM" | "BLOCKED")[];
            /** @description Operating system reported by the node */
            operating_system?: string;
            /** @description User allowed to run jobs on this node (unset if no restriction) */
            owner?: string;
            /** @description Partitions containing this node */
            partitions?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description TCP port number of the slurmd
             */
            port?: number;
            /**
             * Format: int64
             * @description Total memory in MB on the node
             */
            real_memory?: number;
            /**
             * Format: int32
             * @description Number of CPU cores per GPU restricted to GPU jobs
             */
            res_cores_per_gpu?: number;
            /** @description Arbitrary comment */
            comment?: string;
            /** @description Describes why the node is in a "DOWN", "DRAINED", "DRAINING", "FAILING" or "FAIL" state */
            reason?: string;
            /** @description When the reason changed (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            reason_changed_at?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description User who set the reason */
            reason_set_by_user?: string;
            /** @description Number of seconds after the node's state is updated to "DOWN" or "DRAIN" before scheduling a node state resume (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            resume_after?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Name of reservation containing this node */
            reservation?: string;
            /** @description Time in idle state before being considered for power save. (32 bit integer number with flags) */
            suspend_time?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /**
             * Format: int64
             * @description Total memory in MB currently allocated for jobs
             */
            alloc_memory?: number;
            /**
             * Format: int32
             * @description Total number of CPUs currently allocated for jobs
             */
            alloc_cpus?: number;
            /**
             * Format: int32
             * @description Total number of idle CPUs
             */
            alloc_idle_cpus?: number;
            /** @description Trackable resources currently allocated for jobs */
            tres_used?: string;
            /** @description Time when the slurmd started (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            slurmd_start_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of physical processor sockets/chips on the node
             */
            sockets?: number;
            /**
             * Format: int32
             * @description Number of logical threads in a single physical core
             */
            threads?: number;
            /**
             * Format: int32
             * @description Total size in MB of temporary disk storage in TmpFS
             */
            temporary_disk?: number;
            /**
             * Format: int32
             * @description Weight of the node for scheduling purposes
             */
            weight?: number;
            /** @description Topology */
            topology?: string;
            /** @description Configured trackable resources */
            tres?: string;
            /** @description Slurmd version */
            version?: string;
        };
        "v0.0.45_acct_gather_energy": {
            /**
             * Format: int32
             * @description Average power consumption, in watts
             */
            average_watts?: number;
            /**
             * Format: int64
             * @description The energy consumed between when the node was powered on and the last time it was registered by slurmd, in joules
             */
            base_consumed_energy?: number;
            /**
             * Format: int64
             * @description The energy consumed between the last time the node was registered by the slurmd daemon and the last node energy accounting sample, in joules
             */
            consumed_energy?: number;
            /** @description The instantaneous power consumption at the time of the last node energy accounting sample, in watts (32 bit integer number with flags) */
            current_watts?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /**
             * Format: int64
             * @description Previous value of consumed_energy
             */
            previous_consumed_energy?: number;
            /**
             * Format: int64
             * @description Time when energy data was last retrieved (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            last_collected?: number;
        };
        "v0.0.45_update_node_msg": {
            /** @description Arbitrary comment */
            comment?: string;
            /**
             * Format: int32
             * @description Default method for binding tasks to allocated CPUs
             */
            cpu_bind?: number;
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Available features */
            features?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Currently active features */
            features_act?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Generic resources */
            gres?: string;
            /** @description NodeAddr, used to establish a communication path */
            address?: components["schemas"]["v0.0.45_hostlist_string"];
            /** @description NodeHostname */
            hostname?: components["schemas"]["v0.0.45_hostlist_string"];
            /** @description NodeName */
            name?: components["schemas"]["v0.0.45_hostlist_string"];
            /** @description New state to assign to the node */
            state?: ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "EXTERNAL" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "POWER_DOWN_ASAP" | "POWER_DOWN_FORCE" | "DYNAMIC_NORM" | "BLOCKED")[];
            /** @description Reason for node being DOWN or DRAINING */
            reason?: string;
            /**
             * @deprecated
             * @description User ID to associate with the reason (needed if user root is sending message)
             */
            reason_uid?: string;
            /** @description Number of seconds after which to automatically resume DOWN or DRAINED node (32 bit integer number with flags) */
            resume_after?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Topology */
            topology_str?: string;
            /** @description Weight of the node for scheduling purposes (32 bit integer number with flags) */
            weight?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
        };
        "v0.0.45_openapi_partition_resp": {
            /** @description List of partitions */
            partitions: components["schemas"]["v0.0.45_partition_info_msg"];
            /** @description Time of last partition change (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_update: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_partition_info_msg": components["schemas"]["v0.0.45_partition_info"][];
        "v0.0.45_partition_info": {
            nodes?: {
                /** @description AllocNodes - Comma-separated list of nodes from which users can submit jobs in the partition */
                allowed_allocation?: string;
                /** @description Nodes - Comma-separated list of nodes which are associated with this partition */
                configured?: string;
                /**
                 * Format: int32
                 * @description TotalNodes - Number of nodes available in this partition (read-only)
                 */
                total?: number;
            };
            accounts?: {
                /** @description AllowAccounts - Comma-separated list of accounts which may execute jobs in the partition */
                allowed?: string;
                /** @description DenyAccounts - Comma-separated list of accounts which may not execute jobs in the partition */
                deny?: string;
            };
            groups?: {
                /** @description AllowGroups - Comma-separated list of group names which may execute jobs in this partition */
                allowed?: string;
            };
            qos?: {
                /** @description AllowQOS - Comma-separated list of Qos which may execute jobs in the partition */
                allowed?: string;
                /** @description DenyQOS - Comma-separated list of Qos which may not execute jobs in the partition */
                deny?: string;
                /** @description QOS - QOS name containing limits that will apply to all jobs in this partition */
                assigned?: string;
            };
            /** @description Alternate - Partition name of alternate partition to be used if the state of this partition is DRAIN or INACTIVE */
            alternate?: string;
            tres?: {
                /** @description TRESBillingWeights - Billing weights of each tracked TRES type that will be used in calculating the usage of a job */
                billing_weights?: string;
                /** @description TRES - Number of each applicable TRES type available in this partition (read-only) */
                configured?: string;
            };
            /** @description Cluster name (read-only) */
            cluster?: string;
            /** @description Scheduler consumable resource selection type (read-only) */
            select_type?: ("NONE" | "CR_CPU_MEMORY" | "CR_CPU" | "CR_CORE_MEMORY" | "CR_CORE" | "CR_SOCKET_MEMORY" | "CR_SOCKET" | "CR_MEMORY" | "CR_ONE_TASK_PER_CORE" | "CR_CORE_DEFAULT_DIST_BLOCK" | "CR_NO_DIST_TOPO_BLOCK" | "CR_LLN" | "CR_PACK_NODES" | "LL_SHARED_GRES" | "MULTIPLE_SHARING_GRES_PJ" | "ENFORCE_BINDING_GRES" | "ONE_TASK_PER_SHARING_GRES")[];
            cpus?: {
                /** @description CpuBind - Default method controlling how tasks are bound to allocated resources */
                task_binding?: ("CPU_BIND_TO_THREADS" | "CPU_BIND_TO_CORES" | "CPU_BIND_TO_SOCKETS" | "CPU_BIND_TO_LDOMS" | "CPU_BIND_NONE" | "CPU_BIND_OFF" | "VERBOSE")[];
                /**
                 * Format: int32
                 * @description TotalCPUs - Number of CPUs available in this partition (read-only)
                 */
                total?: number;
            };
            defaults?: {
                /**
                 * Format: int64
                 * @deprecated
                 * @description Raw value for DefMemPerCPU or DefMemPerNode
                 */
                memory_per_cpu?: number;
                /** @description DefMemPerCPU - Default real memory size available per allocated CPU in megabytes (64 bit integer number with flags) */
                partition_memory_per_cpu?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description DefMemPerNode - Default real memory size available per allocated node in megabytes (64 bit integer number with flags) */
                partition_memory_per_node?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description DefaultTime - Run time limit in minutes used for jobs that don't specify a value (32 bit integer number with flags) */
                time?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                /** @description JobDefaults - Comma-separated list of job default values (this field is only used to set new defaults) */
                job?: string;
            };
            /** @description Partition flag options */
            flags?: ("DEFAULT" | "HIDDEN" | "NO_ROOT" | "ROOT_ONLY" | "REQ_RESV" | "LLN" | "PDOI" | "DEFAULT_CLEAR" | "HIDDEN_CLEAR" | "NO_ROOT_CLEAR" | "ROOT_ONLY_CLEAR" | "REQ_RESV_CLEAR" | "LLN_CLEAR" | "PDOI_CLEAR")[];
            partition?: {
                /** @description Exclusive= string (same as scontrol show partition) */
                exclusive?: string;
                /** @description OverSubscribe display: FORCE:n, NO, or YES:n (same as show partition and sinfo) (Partition oversubscribe value) */
                oversubscribe?: string;
                /** @description Current state(s) */
                state?: ("INACTIVE" | "UNKNOWN" | "UP" | "DOWN" | "DRAIN")[];
            };
            /**
             * Format: int32
             * @description GraceTime - Grace time in seconds to be extended to a job which has been selected for preemption
             */
            grace_time?: number;
            maximums?: {
                /** @description MaxCPUsPerNode - Maximum number of CPUs on any node available to all jobs from this partition (32 bit integer number with flags) */
                cpus_per_node?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                /** @description MaxCPUsPerSocket - Maximum number of CPUs on any node available on the all jobs from this partition (32 bit integer number with flags) */
                cpus_per_socket?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                /**
                 * Format: int64
                 * @deprecated
                 * @description Raw value for MaxMemPerCPU or MaxMemPerNode
                 */
                memory_per_cpu?: number;
                /** @description MaxMemPerCPU - Maximum real memory size available per allocated CPU in megabytes (64 bit integer number with flags) */
                partition_memory_per_cpu?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description MaxMemPerNode - Maximum real memory size available per allocated node in a job allocation in megabytes (64 bit integer number with flags) */
                partition_memory_per_node?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description MaxNodes - Maximum count of nodes which may be allocated to any single job (32 bit integer number with flags) */
                nodes?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                /**
                 * Format: int32
                 * @deprecated
                 * @description OverSubscribe - Controls the ability of the partition to execute more than one job at a time on each resource
                 */
                shares?: number;
                oversubscribe?: {
                    /**
                     * Format: int32
                     * @deprecated
                     * @description Maximum number of jobs allowed to oversubscribe resources
                     */
                    jobs?: number;
                    /**
                     * @deprecated
                     * @description Flags applicable to the OverSubscribe setting
                     */
                    flags?: "force"[];
                };
                /** @description MaxTime - Maximum run time limit for jobs in minutes (32 bit integer number with flags) */
                time?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                /** @description OverTimeLimit - Number of minutes by which a job can exceed its time limit before being canceled (16 bit integer number with flags) */
                over_time_limit?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            };
            minimums?: {
                /**
                 * Format: int32
                 * @description MinNodes - Minimum count of nodes which may be allocated to any single job
                 */
                nodes?: number;
            };
            /** @description PartitionName - Name by which the partition may be referenced */
            name?: string;
            /** @description NodeSets - Comma-separated list of nodesets which are associated with this partition */
            node_sets?: string;
            /** @description PreemptMode - Mechanism used to preempt jobs for this partition when PreemptType=preempt/partition_prio is configured (the "CLUSTER_GLOBAL" flag will be ignored when updating a partition). */
            preempt_mode?: ("CLUSTER_GLOBAL" | "DISABLED" | "SUSPEND" | "REQUEUE" | "CANCEL" | "PRIORITY")[];
            priority?: {
                /**
                 * Format: int32
                 * @description PriorityJobFactor - Partition factor used by priority/multifactor plugin in calculating job priority
                 */
                job_factor?: number;
                /**
                 * Format: int32
                 * @description PriorityTier - Controls the order in which the scheduler evaluates jobs from different partitions
                 */
                tier?: number;
            };
            timeouts?: {
                /** @description ResumeTimeout - Resumed nodes which fail to respond in this time frame will be marked DOWN (read-only; GLOBAL if both set and infinite are false). (16 bit integer number with flags) */
                resume?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
                /** @description SuspendTimeout - Maximum time permitted (in seconds) between when a node suspend request is issued and when the node is shutdown (read-only; GLOBAL if both set and infinite are false). (16 bit integer number with flags) */
                suspend?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            };
            /** @description Topology - Name of the topology, defined in topology.yaml, used by jobs in this partition */
            topology?: string;
            /** @description SuspendTime - Nodes which remain idle or down for this number of seconds will be placed into power save mode (read-only; GLOBAL if both set and infinite are false). (32 bit integer number with flags) */
            suspend_time?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
        };
        "v0.0.45_openapi_partitions_mod_req": {
            /** @description list of partition descriptions */
            partitions: components["schemas"]["v0.0.45_update_partition_msg_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_update_partition_msg_list": components["schemas"]["v0.0.45_partition_info"][];
        "v0.0.45_openapi_reservation_resp": {
            /** @description List of reservations */
            reservations: components["schemas"]["v0.0.45_reservation_info_msg"];
            /** @description Time of last reservation change (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            last_update: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_reservation_info_msg": components["schemas"]["v0.0.45_reservation_info"][];
        "v0.0.45_reservation_info": {
            /** @description Comma-separated list of permitted accounts */
            accounts?: string;
            /** @description BurstBuffer - Burst buffer resources reserved */
            burst_buffer?: string;
            /**
             * Format: int32
             * @description CoreCnt - Number of cores reserved
             */
            core_count?: number;
            /** @description Reserved cores specification */
            core_specializations?: components["schemas"]["v0.0.45_reservation_info_core_spec"];
            /** @description EndTime (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            end_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Features - Expression describing the reservation's required node features */
            features?: string;
            /** @description Flags associated with this reservation */
            flags?: ("MAINT" | "NO_MAINT" | "DAILY" | "NO_DAILY" | "WEEKLY" | "NO_WEEKLY" | "IGNORE_JOBS" | "NO_IGNORE_JOBS" | "ANY_NODES" | "NO_ANY_NODES" | "STATIC" | "NO_STATIC" | "PART_NODES" | "NO_PART_NODES" | "OVERLAP" | "SPEC_NODES" | "TIME_FLOAT" | "REPLACE" | "ALL_NODES" | "PURGE_COMP" | "WEEKDAY" | "NO_WEEKDAY" | "WEEKEND" | "NO_WEEKEND" | "FLEX" | "NO_FLEX" | "DURATION_PLUS" | "DURATION_MINUS" | "NO_HOLD_JOBS_AFTER_END" | "REPLACE_DOWN" | "NO_PURGE_COMP" | "MAGNETIC" | "NO_MAGNETIC" | "SKIP" | "HOURLY" | "NO_HOURLY" | "USER_DELETE" | "FORCE_START" | "NO_USER_DELETE" | "REOCCURRING" | "TRES_PER_NODE")[];
            /** @description Groups - Comma-separated list of permitted groups */
            groups?: string;
            /** @description Licenses - Comma-separated list of licenses reserved */
            licenses?: string;
            /**
             * Format: int32
             * @description MaxStartDelay - Maximum time an eligible job not requesting this reservation can delay a job requesting it in seconds
             */
            max_start_delay?: number;
            /** @description ReservationName - Name of the reservation */
            name?: string;
            /**
             * Format: int32
             * @description NodeCnt - Number of nodes reserved
             */
            node_count?: number;
            /** @description Nodes - Comma-separated list of node names and/or node ranges reserved */
            node_list?: string;
            /** @description PartitionName - Partition used to reserve nodes from */
            partition?: string;
            purge_completed?: {
                /** @description If PURGE_COMP flag is set, the number of seconds this reservation will sit idle until it is revoked (32 bit integer number with flags) */
                time?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            };
            /** @description StartTime (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            start_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Comma-separated list of required TRES */
            tres?: string;
            /** @description Comma-separated list of permitted users */
            users?: string;
        };
        "v0.0.45_reservation_info_core_spec": components["schemas"]["v0.0.45_reservation_core_spec"][];
        "v0.0.45_reservation_core_spec": {
            /** @description Name of reserved node */
            node?: string;
            /** @description IDs of reserved cores */
            core?: string;
        };
        "v0.0.45_openapi_reservation_mod_resp": {
            /** @description Reservation descriptions */
            reservations: components["schemas"]["v0.0.45_reservation_desc_msg_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_reservation_desc_msg_list": components["schemas"]["v0.0.45_reservation_desc_msg"][];
        "v0.0.45_reservation_desc_msg": {
            /** @description List of permitted accounts */
            accounts?: components["schemas"]["v0.0.45_csv_string"];
            /** @description BurstBuffer */
            burst_buffer?: string;
            /** @description Arbitrary string */
            comment?: string;
            /** @description Number of cores to reserve (32 bit integer number with flags) */
            core_count?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description The length of a reservation in minutes (32 bit integer number with flags) */
            duration?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description EndTime (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            end_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Requested node features. Multiple values may be "&" separated if all features are required (AND operation) or separated by "|" if any of the specified features are required (OR operation). Parenthesis are also supported for features to be ANDed together with counts of nodes having the specified features. */
            features?: string;
            /** @description Flags associated with this reservation. Note, to remove flags use "NO_" prefixed flag excluding NO_HOLD_JOBS_AFTER_END */
            flags?: ("MAINT" | "NO_MAINT" | "DAILY" | "NO_DAILY" | "WEEKLY" | "NO_WEEKLY" | "IGNORE_JOBS" | "NO_IGNORE_JOBS" | "ANY_NODES" | "NO_ANY_NODES" | "STATIC" | "NO_STATIC" | "PART_NODES" | "NO_PART_NODES" | "OVERLAP" | "SPEC_NODES" | "TIME_FLOAT" | "REPLACE" | "ALL_NODES" | "PURGE_COMP" | "WEEKDAY" | "NO_WEEKDAY" | "WEEKEND" | "NO_WEEKEND" | "FLEX" | "NO_FLEX" | "DURATION_PLUS" | "DURATION_MINUS" | "NO_HOLD_JOBS_AFTER_END" | "REPLACE_DOWN" | "NO_PURGE_COMP" | "MAGNETIC" | "NO_MAGNETIC" | "SKIP" | "HOURLY" | "NO_HOURLY" | "USER_DELETE" | "FORCE_START" | "NO_USER_DELETE" | "REOCCURRING" | "TRES_PER_NODE")[];
            /** @description List of groups permitted to use the reservation. This is mutually exclusive with users. */
            groups?: components["schemas"]["v0.0.45_csv_string"];
            /** @description List of license names */
            licenses?: components["schemas"]["v0.0.45_csv_string"];
            /** @description MaxStartDelay in seconds (32 bit integer number with flags) */
            max_start_delay?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description ReservationName */
            name?: string;
            /** @description NodeCnt (32 bit integer number with flags) */
            node_count?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description The nodes to be reserved. Multiple node names may be specified using simple node range expressions. */
            node_list?: components["schemas"]["v0.0.45_hostlist_string"];
            /** @description Partition used to reserve nodes from. This will attempt to allocate all nodes in the specified partition unless you request fewer resources than are available with core_cnt, node_cnt or tres. */
            partition?: string;
            purge_completed?: {
                /** @description If PURGE_COMP flag is set, the number of seconds this reservation will sit idle until it is revoked (32 bit integer number with flags) */
                time?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            };
            /** @description StartTime (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
            start_time?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description List of trackable resources */
            tres?: components["schemas"]["v0.0.45_tres_list"];
            /** @description List of permitted users */
            users?: components["schemas"]["v0.0.45_csv_string"];
        };
        "v0.0.45_tres_list": components["schemas"]["v0.0.45_tres"][];
        "v0.0.45_tres": {
            /** @description TRES type (CPU, MEM, etc) */
            type: string;
            /** @description TRES name (if applicable) */
            name?: string;
            /**
             * Format: int32
             * @description ID used in the database
             */
            id?: number;
            /**
             * Format: int64
             * @description TRES count (0 if listed generically)
             */
            count?: number;
        };
        "v0.0.45_reservation_mod_req": {
            /** @description Array of reservation descriptions */
            reservations?: components["schemas"]["v0.0.45_reservation_desc_msg_list"];
        };
        "v0.0.45_openapi_create_node_req": {
            /** @description Node configuration line */
            node_conf: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_resource_layout_resp": {
            /** @description Node resource layouts */
            nodes: components["schemas"]["v0.0.45_node_resource_layout_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_node_resource_layout_list": components["schemas"]["v0.0.45_node_resource_layout"][];
        "v0.0.45_node_resource_layout": {
            /** @description Node name */
            node: string;
            /**
             * Format: int32
             * @description Sockets per node
             */
            sockets_per_node?: number;
            /**
             * Format: int32
             * @description Cores per socket
             */
            cores_per_socket?: number;
            /**
             * Format: int64
             * @description Allocated memory
             */
            mem_alloc?: number;
            /** @description Abstract core bitmap */
            core_bitmap?: string;
            /** @description IMEX channel (32 bit integer number with flags) */
            channel?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Allocated GRES */
            gres?: components["schemas"]["v0.0.45_node_gres_layout_list"];
        };
        "v0.0.45_node_gres_layout_list": components["schemas"]["v0.0.45_node_gres_layout"][];
        "v0.0.45_node_gres_layout": {
            /** @description GRES name */
            name: string;
            /** @description GRES type (optional) */
            type?: string;
            /**
             * Format: int64
             * @description Count
             */
            count?: number;
            /** @description Index */
            index?: string;
        };
        "v0.0.45_openapi_conf_resp": {
            /** @description Configuration from slurm.conf */
            slurm_conf?: components["schemas"]["v0.0.45_slurm_conf"];
            /** @description Meta data related to slurm.conf */
            slurm_conf_meta?: components["schemas"]["v0.0.45_slurm_conf_meta"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_slurm_conf": {
            /** @description List of registered TRES */
            AccountingStorageTRES?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Accounting storage backup host */
            AccountingStorageBackupHost?: string;
            /** @description Controls what level of association-based enforcement to impose on job submissions */
            AccountingStorageEnforce?: ("associations" | "limits" | "wckeys" | "qos" | "safe" | "nojobs" | "nosteps")[];
            /** @description Accounting storage ext host */
            AccountingStorageExternalHost?: string;
            /** @description Accounting storage host */
            AccountingStorageHost?: string;
            /** @description Accounting storage params */
            AccountingStorageParameters?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Node accounting storage port
             */
            AccountingStoragePort?: number;
            /** @description Accounting storage type */
            AccountingStorageType?: string;
            /** @description Energy accounting type */
            AcctGatherEnergyType?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Profile accounting type */
            AcctGatherProfileType?: string;
            /** @description Interconnect accounting type */
            AcctGatherInterconnectType?: string;
            /** @description Filesystem accounting type */
            AcctGatherFilesystemType?: string;
            /**
             * Format: int32
             * @description Secs between node acct request
             */
            AcctGatherNodeFreq?: number;
            /** @description General configuration flags (DisableRootJobs, AllowSpecResourcesUsage, UsePAM, TrackWCKey) */
            ConfFlags?: ("DisableRootJobs" | "AllowSpecResourcesUsage" | "UsePam" | "TrackWCKey")[];
            /** @description Alternate authentication types */
            AuthAltTypes?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Authentication info */
            AuthInfo?: string;
            /** @description Alternate authentication parameters */
            AuthAltParameters?: string;
            /** @description Authentication type */
            AuthType?: string;
            /**
             * Format: int32
             * @description Maximum seconds for batch job to start
             */
            BatchStartTimeout?: number;
            /** @description Burst buffer plugin type */
            BurstBufferType?: string;
            /** @description Bcast exclude library paths */
            BcastExclude?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Bcast options */
            BcastParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Certgen parameters */
            CertgenParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Certgen type */
            CertgenType?: string;
            /** @description Certmgr parameters */
            CertmgrParameters?: string;
            /** @description Certmgr type */
            CertmgrType?: string;
            /** @description Parameters for cli_filter plugins */
            CliFilterParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description List of cli_filter plugins to use */
            CliFilterPlugins?: components["schemas"]["v0.0.45_csv_string"];
            /** @description General name of the entire cluster */
            ClusterName?: string;
            /** @description Communication parameters */
            CommunicationParameters?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Seconds to wait for job completion before scheduling another job
             */
            CompleteWait?: number;
            /** @description CommunicationParameters specific CONF_FLAG_* flags */
            CommunicationParametersFlags?: ("IPv4" | "IPv6" | "disable_http")[];
            /** @description AccountingStoreFlags specific CONF_FLAG_* flags */
            AccountingStoreFlags?: ("job_comment" | "job_extra" | "job_script" | "job_env" | "no_stdio")[];
            /** @description SlurmdParameters specific CONF_FLAG_* flags */
            SlurmdParametersFlags?: ("config_overrides" | "l3cache_as_socket" | "numa_node_as_socket" | "allow_ecores" | "shutdown_on_reboot" | "contain_spank")[];
            /** @description slurmctld controllers (List of slurmctld controllers) */
            controllers?: components["schemas"]["v0.0.45_controllers_array"];
            /** @description Default CPU frequency or governor for job steps if not set via --cpu-freq */
            CpuFreqDef?: string;
            /** @description CPU frequency governors allowed via --cpu-freq */
            CpuFreqGovernors?: ("Unset" | "Conservative" | "OnDemand" | "Performance" | "PowerSave" | "SchedUtil" | "UserSpace" | "Low" | "Medium" | "Highm1" | "High")[];
            /** @description Credential signature plugin */
            CredType?: string;
            /** @description Data parser parameters */
            DataParserParameters?: string;
            /** @description Subsystems which provide more detailed event logging */
            DebugFlags?: ("Accrue" | "Agent" | "AuditRPCs" | "AuditTLS" | "Backfill" | "BackfillMap" | "BurstBuffer" | "Cgroup" | "ConMgr" | "CpuFrequency" | "CPU_Bind" | "Data" | "DBD_Agent" | "DB_Archive" | "DB_Assoc" | "DB_Event" | "DB_Job" | "DB_QOS" | "DB_Query" | "DB_Reservation" | "DB_Resource" | "DB_Step" | "DB_TRES" | "DB_Usage" | "DB_WCKey" | "Dependency" | "Energy" | "Federation" | "Gang" | "GLOB_SILENCE" | "Gres" | "Hetjob" | "Interconnect" | "JobAccountGather" | "JobComp" | "Namespace" | "NodeFeatures" | "License" | "Metrics" | "MPI" | "Network" | "NetworkRaw" | "NO_CONF_HASH" | "Power" | "Priority" | "Profile" | "Protocol" | "Reservation" | "Route" | "Sack" | "Script" | "SelectType" | "Steps" | "Switch" | "thread" | "TLS" | "TraceJobs" | "Triggers")[];
            /** @description Default MB memory per allocated CPU (64 bit integer number with flags) */
            DefMemPerCPU?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /** @description Options controlling job dependency behavior */
            DependencyParameters?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Seconds srun waits for slurmstepd to close the TCP/IP connection
             */
            EioTimeout?: number;
            /** @description Controls whether partition limits are enforced at job submission time */
            EnforcePartLimits?: ("NO" | "ANY" | "ALL")[];
            /** @description pathname of job epilog run by slurmd (Epilog programs run by slurmd) */
            Epilog?: components["schemas"]["v0.0.45_string_array"];
            /**
             * Format: int32
             * @description Usecs for slurmctld to process an epilog complete message
             */
            EpilogMsgTime?: number;
            /** @description pathname of job epilog run by slurmctld (Epilog programs run by slurmctld) */
            EpilogSlurmctld?: components["schemas"]["v0.0.45_string_array"];
            /** @description Epilog timeout in seconds (16 bit integer number with flags) */
            EpilogTimeout?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Federation parameters */
            FederationParameters?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description First slurm generated job_id to assign
             */
            FirstJobId?: number;
            /**
             * Format: int32
             * @description Dampening factor for the effect of exceeding fair share of resources
             */
            FairShareDampeningFactor?: number;
            /**
             * Format: int32
             * @description For getnameinfo() cache
             */
            GetNameInfoCacheTimeout?: number;
            /** @description Comma-delimited list of generic resources to be managed */
            GresTypes?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Interval in seconds between updates of user/group partition membership
             */
            GroupUpdateTime?: number;
            /** @description Update group/partition info even if no change detected */
            GroupUpdateForce?: boolean;
            /** @description Default GPU frequency for job steps if not set via --gpu-freq */
            GpuFreqDef?: string;
            /** @description Hash plugin type */
            HashPlugin?: string;
            /**
             * Format: int32
             * @description Secs between health checks
             */
            HealthCheckInterval?: number;
            /** @description Node states on which to execute the HealthCheckProgram */
            HealthCheckNodeState?: ("START_ONLY" | "REBOOT_ONLY" | "ANY" | "IDLE" | "ALLOC" | "MIXED" | "NONDRAINED_IDLE" | "CYCLE")[];
            /** @description Pathname of health check program */
            HealthCheckProgram?: string;
            /**
             * Format: int32
             * @description Timeout for health check program
             */
            HealthCheckTimeout?: number;
            /** @description Http_parser plugin type */
            HttpParserType?: string;
            /**
             * Format: int32
             * @description Times to retry connecting if rc=EHOSTUNREACH
             */
            HostUnreachRetryCount?: number;
            /**
             * Format: int32
             * @description Seconds of inactivity before a inactive resource allocation is released
             */
            InactiveLimit?: number;
            /** @description Options for srun when using LaunchParameters=use_interactive_step with salloc */
            InteractiveStepOptions?: string;
            /** @description Poll frequency for job accounting gather plugins */
            JobAcctGatherFrequency?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Job accounting gather type */
            JobAcctGatherType?: string;
            /** @description Job accounting gather parameters */
            JobAcctGatherParams?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Enforce mem limit at runtime y|n */
            JobAcctOomKill?: boolean;
            /** @description Job completion logging host */
            JobCompHost?: string;
            /** @description Job completion logging location */
            JobCompLoc?: string;
            /** @description Job completion parameters for plugin */
            JobCompParams?: string;
            /**
             * Format: int32
             * @description Job completion storage port
             */
            JobCompPort?: number;
            /** @description Job completion storage type */
            JobCompType?: string;
            /** @description Job completion storage user */
            JobCompUser?: string;
            /** @description List of job_defaults_t elements */
            JobDefaults?: components["schemas"]["v0.0.45_job_defaults_list"];
            /** @description If set, append to stdout/err file */
            JobFileAppend?: boolean;
            /** @description If set, jobs get requeued on node failure */
            JobRequeue?: boolean;
            /** @description List of job_submit plugins to use */
            JobSubmitPlugins?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Interval between keepalive probes
             */
            KeepaliveInterval?: number;
            /**
             * Format: int32
             * @description Number of keepalive probe attempts
             */
            KeepaliveProbes?: number;
            /**
             * Format: int32
             * @description Keep alive time for srun I/O sockets
             */
            KeepaliveTime?: number;
            /** @description If set, the job will be terminated immediately when one of the processes is aborted or crashed */
            KillOnBadExit?: boolean;
            /**
             * Format: int32
             * @description Seconds between SIGTERM and SIGKILL when a job reaches its time limit
             */
            KillWait?: number;
            /** @description Step launcher plugin options */
            LaunchParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Licenses available on this cluster */
            Licenses?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Options for licenses/HRES */
            LicenseParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Format of the timestamp in slurmctld and slurmd log files */
            LogTimeFormat?: string;
            /** @description Default domain to append to usernames */
            MailDomain?: string;
            /** @description Pathname of mail program */
            MailProg?: string;
            /**
             * Format: int32
             * @description Maximum job array size
             */
            MaxArraySize?: number;
            /**
             * Format: int32
             * @description Max times a batch job may be auto-requeued before being held
             */
            MaxBatchRequeue?: number;
            /**
             * Format: int32
             * @description Maximum number of messages queued while DBD is not connected
             */
            MaxDBDMsgs?: number;
            /**
             * Format: int32
             * @description Maximum number of active jobs
             */
            MaxJobCount?: number;
            /**
             * Format: int32
             * @description Maximum job id before wrapping back to FirstJobId
             */
            MaxJobId?: number;
            /** @description Maximum MB memory per allocated CPU (64 bit integer number with flags) */
            MaxMemPerCPU?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Max number of static + dynamic nodes
             */
            MaxNodeCount?: number;
            /**
             * Format: int32
             * @description Maximum number of steps per job
             */
            MaxStepCount?: number;
            /**
             * Format: int32
             * @description Maximum tasks per node
             */
            MaxTasksPerNode?: number;
            /** @description Mcs plugin type */
            MCSPlugin?: string;
            /** @description Mcs plugin parameters */
            MCSParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Users allowed to query metrics */
            MetricsAuthUsers?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Parameters related to metrics plugins */
            MetricsParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Metrics plugin type */
            MetricsType?: string;
            /**
             * Format: int32
             * @description COMPLETED jobs over this age (secs) purged from in memory records
             */
            MinJobAge?: number;
            /** @description Default type of MPI to be used */
            MpiDefault?: string;
            /** @description MPI parameters */
            MpiParams?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Seconds permitted for a round-trip communication to complete
             */
            MessageTimeout?: number;
            /** @description Namespace plugin type */
            NamespaceType?: string;
            /** @description List of node_features plugins to use */
            NodeFeaturesPlugins?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Minutes by which a job can exceed its time limit before being canceled
             */
            OverTimeLimit?: number;
            /** @description Pathname to plugins */
            PluginDir?: string;
            /** @description Pathname to plugin stack config file */
            PlugStackConfig?: string;
            /** @description Minimum run time for all jobs before they can be considered for preemption (32 bit integer number with flags) */
            PreemptExemptTime?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Mechanism used to preempt jobs or enable gang scheduling */
            PreemptMode?: ("DISABLED" | "SUSPEND" | "REQUEUE" | "CANCEL" | "GANG" | "WITHIN" | "PRIORITY")[];
            /** @description Options controlling preemption behavior */
            PreemptParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Job preemption selection plugin */
            PreemptType?: string;
            /** @description PrEp parameters */
            PrEpParameters?: string;
            /** @description PrEp plugins */
            PrEpPlugins?: components["schemas"]["v0.0.45_csv_string"];
            /** @description How long prior resource use is considered in determining job priority (Time formatted as HH:MM:SS or D-HH:MM:SS) */
            PriorityDecayHalfLife?: string;
            /** @description Period in minutes between half-life decay recalculations (Time formatted as HH:MM:SS or D-HH:MM:SS) */
            PriorityCalcPeriod?: string;
            /** @description If set, give small jobs preferential scheduling priority */
            PriorityFavorSmall?: boolean;
            /** @description Flags controlling priority calculation behavior */
            PriorityFlags?: ("ACCRUE_ALWAYS" | "SMALL_RELATIVE_TO_TIME" | "CALCULATE_RUNNING" | "DEPTH_OBLIVIOUS" | "FAIR_TREE" | "INCR_ONLY" | "MAX_TRES" | "MAX_TRES_GRES" | "NO_NORMAL_ASSOC" | "NO_NORMAL_PART" | "NO_NORMAL_QOS" | "NO_NORMAL_TRES")[];
            /** @description Job age at which the maximum age priority factor is assigned (Time formatted as HH:MM:SS or D-HH:MM:SS) */
            PriorityMaxAge?: string;
            /** @description Priority plugin parameters */
            PriorityParameters?: string;
            /** @description Interval at which association usage is reset to zero */
            PriorityUsageResetPeriod?: string;
            /** @description Priority type plugin */
            PriorityType?: string;
            /**
             * Format: int32
             * @description Degree to which queue wait time contributes to job priority
             */
            PriorityWeightAge?: number;
            /**
             * Format: int32
             * @description Degree to which association contributes to job priority
             */
            PriorityWeightAssoc?: number;
            /**
             * Format: int32
             * @description Degree to which fair-share contributes to job priority
             */
            PriorityWeightFairshare?: number;
            /**
             * Format: int32
             * @description Degree to which job size contributes to job priority
             */
            PriorityWeightJobSize?: number;
            /**
             * Format: int32
             * @description Degree to which partition contributes to job priority
             */
            PriorityWeightPartition?: number;
            /**
             * Format: int32
             * @description Degree to which QOS contributes to job priority
             */
            PriorityWeightQOS?: number;
            /** @description TRES types and weights controlling their contribution to job priority */
            PriorityWeightTRES?: string;
            /** @description Controls what information is hidden from regular users */
            PrivateData?: ("accounts" | "events" | "jobs" | "nodes" | "partitions" | "reservations" | "usage" | "users")[];
            /** @description Process tracking plugin type */
            ProctrackType?: string;
            /** @description pathname of job prolog run by slurmd (Prolog programs run by slurmd) */
            Prolog?: components["schemas"]["v0.0.45_string_array"];
            /** @description pathname of job prolog run by slurmctld (Prolog programs run by slurmctld) */
            PrologSlurmctld?: components["schemas"]["v0.0.45_string_array"];
            /** @description Prolog timeout in seconds (16 bit integer number with flags) */
            PrologTimeout?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /** @description Controls scheduling priority (nice value) of user spawned tasks */
            PropagatePrioProcess?: string;
            /** @description Flags controlling Prolog and Epilog behavior */
            PrologFlags?: ("Alloc" | "NoHold" | "Contain" | "Serial" | "X11" | "DeferBatch" | "ForceRequeueOnFail" | "RunInJob")[];
            /** @description Propagate (all/specific) resource limits */
            PropagateResourceLimits?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Propagate all rlimits except these */
            PropagateResourceLimitsExcept?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Program to reboot the node */
            RebootProgram?: string;
            /** @description Flags controlling actions taken on scontrol reconfig */
            ReconfigFlags?: ("KeepPartInfo" | "KeepPartState" | "KeepPowerSaveSettings")[];
            /** @description Exit codes that trigger automatic batch job requeue */
            RequeueExit?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Exit codes that trigger automatic requeue with job hold */
            RequeueExitHold?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Program executed when nodes fail to resume by ResumeTimeout */
            ResumeFailProgram?: string;
            /** @description Program to bring nodes out of power save mode when assigned work */
            ResumeProgram?: string;
            /**
             * Format: int32
             * @description Rate at which nodes are resumed from power save mode per minute
             */
            ResumeRate?: number;
            /**
             * Format: int32
             * @description Max seconds between a resume request and node availability
             */
            ResumeTimeout?: number;
            /** @description Path of reservation epilog run by slurmctld */
            ResvEpilog?: string;
            /**
             * Format: int32
             * @description Minutes a running job can continue after its reservation ends
             */
            ResvOverRun?: number;
            /** @description Path of reservation prolog run by slurmctld */
            ResvProlog?: string;
            /** @description Controls when a DOWN node is returned to service */
            ReturnToService?: string;
            /** @description Where slurm Scheduler log gets written */
            SlurmSchedLogFile?: string;
            /**
             * Format: int32
             * @description Configured level of slurm Scheduler log
             */
            SlurmSchedLogLevel?: number;
            /** @description Options controlling scheduler behavior (varies by SchedulerType) */
            SchedulerParameters?: components["schemas"]["v0.0.45_csv_string"];
            /**
             * Format: int32
             * @description Time slice in seconds for gang scheduling
             */
            SchedulerTimeSlice?: number;
            /** @description Type of scheduler to use */
            SchedulerType?: string;
            /** @description Options controlling scrontab behavior */
            ScronParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Type of node selector to use */
            SelectType?: string;
            /** @description Scheduler consumable resource selection type */
            SelectTypeParameters?: ("NONE" | "CR_CPU_MEMORY" | "CR_CPU" | "CR_CORE_MEMORY" | "CR_CORE" | "CR_SOCKET_MEMORY" | "CR_SOCKET" | "CR_MEMORY" | "CR_ONE_TASK_PER_CORE" | "CR_CORE_DEFAULT_DIST_BLOCK" | "CR_NO_DIST_TOPO_BLOCK" | "CR_LLN" | "CR_PACK_NODES" | "LL_SHARED_GRES" | "MULTIPLE_SHARING_GRES_PJ" | "ENFORCE_BINDING_GRES" | "ONE_TASK_PER_SHARING_GRES")[];
            /** @description Plugin for computing site-specific priority factors */
            PrioritySiteFactorPlugin?: string;
            /** @description Parameters for the site-specific priority factor plugin */
            PrioritySiteFactorParameters?: string;
            /**
             * Format: int32
             * @description Uid of slurm_user_name
             */
            SlurmUserId?: number;
            /** @description User that slurmctld runs as */
            SlurmUser?: string;
            /**
             * Format: int32
             * @description Uid of slurmd_user_name
             */
            SlurmdUserId?: number;
            /** @description User that slurmd runs as */
            SlurmdUser?: string;
            /** @description Address used for communications to the currently active slurmctld daemon */
            SlurmctldAddr?: string;
            /** @description Slurmctld logging level */
            SlurmctldDebug?: string;
            SlurmctldHttpAuthParams?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Where slurmctld error log gets written */
            SlurmctldLogFile?: string;
            /** @description Where to put slurmctld pidfile */
            SlurmctldPidFile?: string;
            /**
             * Format: int32
             * @description Default communications port to slurmctld
             */
            SlurmctldPort?: number;
            /**
             * Format: int32
             * @description Number of slurmctld comm ports
             */
            SlurmctldPortCount?: number;
            /** @description Run when becomes slurmctld backup */
            SlurmctldPrimaryOffProg?: string;
            /** @description Run when becomes slurmctld primary */
            SlurmctldPrimaryOnProg?: string;
            /** @description Slurmctld output to local logfile and syslog */
            SlurmctldSyslogDebug?: string;
            /**
             * Format: int32
             * @description Seconds the backup controller waits for the primary before taking over
             */
            SlurmctldTimeout?: number;
            /** @description Options controlling slurmctld behavior */
            SlurmctldParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Slurmd logging level */
            SlurmdDebug?: string;
            SlurmdHttpAuthParams?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Where slurmd error log gets written */
            SlurmdLogFile?: string;
            /** @description Options controlling slurmd behavior */
            SlurmdParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Where to put slurmd pidfile */
            SlurmdPidFile?: string;
            /**
             * Format: int32
             * @description Default communications port to slurmd
             */
            SlurmdPort?: number;
            /** @description Where slurmd put temporary state info */
            SlurmdSpoolDir?: string;
            /** @description Slurmd output to local logfile and syslog */
            SlurmdSyslogDebug?: string;
            /**
             * Format: int32
             * @description Seconds slurmctld waits for slurmd before marking node DOWN
             */
            SlurmdTimeout?: number;
            /** @description Srun epilog program */
            SrunEpilog?: string;
            /** @description Port range for srun communications (Port range) */
            SrunPortRange?: components["schemas"]["v0.0.45_port_range"];
            /** @description Srun prolog program */
            SrunProlog?: string;
            /** @description Pathname of slurmctld state save directory */
            StateSaveLocation?: string;
            /** @description Nodes excluded from power save mode */
            SuspendExcNodes?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Partitions whose nodes are excluded from power save mode */
            SuspendExcParts?: components["schemas"]["v0.0.45_csv_string"];
            /** @description States that should not be powered down */
            SuspendExcStates?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Program to place idle nodes into power save mode */
            SuspendProgram?: string;
            /**
             * Format: int32
             * @description Rate at which nodes are placed into power save mode per minute
             */
            SuspendRate?: number;
            /** @description Seconds a node must be idle before being placed in power save mode (32 bit integer number with flags) */
            SuspendTime?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /**
             * Format: int32
             * @description Max seconds between a suspend request and node shutdown
             */
            SuspendTimeout?: number;
            /** @description Switch or interconnect type */
            SwitchType?: string;
            /** @description Options for the switch plugin */
            SwitchParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Pathname of task launch epilog */
            TaskEpilog?: string;
            /** @description Task launch plugin */
            TaskPlugin?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Default task binding and distribution options */
            TaskPluginParam?: ("None" | "Threads" | "Cores" | "Sockets" | "autobind=threads" | "autobind=cores" | "autobind=sockets" | "Verbose" | "SlurmdOffSpec" | "OOMKillStep" | "SlurmdSpecOverride")[];
            /** @description Pathname of task launch prolog */
            TaskProlog?: string;
            /** @description Options for the TLS plugin */
            TLSParameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Tls plugin type */
            TLSType?: string;
            /**
             * Format: int32
             * @description Seconds permitted for a TCP connection to be established
             */
            TCPTimeout?: number;
            /** @description Pathname of temporary file system */
            TmpFS?: string;
            /** @description Network topology parameters */
            TopologyParam?: components["schemas"]["v0.0.45_csv_string"];
            /** @description Network topology plugin */
            TopologyPlugin?: string;
            /**
             * Format: int32
             * @description Fanout of the slurmd communication tree
             */
            TreeWidth?: number;
            /** @description Program run by the slurmstepd when processes in a job step are unkillable */
            UnkillableStepProgram?: string;
            /**
             * Format: int32
             * @description Time in seconds, after processes in a job step have been signaled, before they are considered "unkillable".
             */
            UnkillableStepTimeout?: number;
            /** @description Url_parser plugin type */
            UrlParserType?: string;
            /**
             * Format: int32
             * @description Job virtual memory limit as a percentage of its real memory limit
             */
            VSizeFactor?: number;
            /**
             * Format: int32
             * @description Default seconds srun waits after first task exits before terminating all
             */
            WaitTime?: number;
            /** @description Options for X11 forwarding */
            X11Parameters?: components["schemas"]["v0.0.45_csv_string"];
        };
        "v0.0.45_controllers_array": components["schemas"]["v0.0.45_controller"][];
        "v0.0.45_controller": {
            /** @description Controller address (IP or hostname) */
            address?: string;
            /** @description Name of machine hosting controller */
            machine?: string;
        };
        "v0.0.45_job_defaults_list": components["schemas"]["v0.0.45_job_defaults"][];
        "v0.0.45_job_defaults": {
            /** @description Default Type */
            type?: ("DefCpuPerGPU" | "DefMemPerGPU")[];
            /**
             * Format: int64
             * @description Default value for the given type (e.g. CPUs per GPU or memory per GPU).
             */
            value?: number;
        };
        "v0.0.45_port_range": {
            /**
             * Format: int32
             * @description Minimum port number
             */
            minimum?: number;
            /**
             * Format: int32
             * @description Maximum port number
             */
            maximum?: number;
            /** @description True if minimum and maximum are set (or ignored on false) */
            set?: boolean;
        };
        "v0.0.45_slurm_conf_meta": {
            /**
             * Format: int64
             * @description Last update time of the build parameters (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            LastUpdate?: number;
            /**
             * Format: int64
             * @description Time slurmctld last booted (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            BOOT_TIME?: number;
            /** @description Unique ID for this cluster from the DBD (16 bit integer number with flags) */
            ClusterId?: components["schemas"]["v0.0.45_uint16_no_val_struct"];
            /**
             * Format: int32
             * @description Hash value of the slurm.conf file
             */
            HashValue?: number;
            /** @description Next slurm generated job_id to assign (32 bit integer number with flags) */
            NEXT_JOB_ID?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Pathname of slurm config file */
            SLURM_CONF?: string;
            /** @description Version of slurmctld */
            SLURM_VERSION?: string;
        };
        "v0.0.45_openapi_slurmdbd_jobs_resp": {
            /** @description jobs */
            jobs: components["schemas"]["v0.0.45_job_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_job_list": components["schemas"]["v0.0.45_job"][];
        "v0.0.45_job": {
            /** @description Account the job ran under */
            account?: string;
            comment?: {
                /** @description Arbitrary comment made by administrator */
                administrator?: string;
                /** @description Arbitrary comment made by user */
                job?: string;
                /** @description Arbitrary comment from slurmctld */
                system?: string;
            };
            /**
             * Format: int32
             * @description List of nodes allocated to the job
             */
            allocation_nodes?: number;
            array?: {
                /**
                 * Format: int32
                 * @description Job ID of job array, or 0 if N/A
                 */
                job_id?: number;
                limits?: {
                    max?: {
                        running?: {
                            /**
                             * Format: int32
                             * @description Maximum number of simultaneously running tasks, 0 if no limit
                             */
                            tasks?: number;
                        };
                    };
                };
                /** @description Task ID of this task in job array (32 bit integer number with flags) */
                task_id?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                /** @description String expression of task IDs in this record */
                task?: string;
            };
            /** @description Unique identifier for the association */
            association?: components["schemas"]["v0.0.45_assoc_short"];
            /** @description The name of the block to be used (used with Blue Gene systems) */
            block?: string;
            /** @description Cluster name */
            cluster?: string;
            /** @description Feature(s) the job requested as a constraint */
            constraints?: string;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description SLUID (Slurm Lexicographically-sortable Unique ID) */
            sluid?: string;
            /** @description Highest exit code of all job steps (return code returned by process) */
            derived_exit_code?: components["schemas"]["v0.0.45_process_exit_code_verbose"];
            time?: {
                /**
                 * Format: int32
                 * @description Elapsed time in seconds
                 */
                elapsed?: number;
                /**
                 * Format: int64
                 * @description Time when the job became eligible to run (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                eligible?: number;
                /**
                 * Format: int64
                 * @description End time (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                end?: number;
                /** @description Time required to start job after becoming eligible to run in seconds (64 bit integer number with flags) */
                planned?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /**
                 * Format: int64
                 * @description Time execution began (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                start?: number;
                /**
                 * Format: int64
                 * @description Time when the job was submitted (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                submission?: number;
                /**
                 * Format: int32
                 * @description Total time in suspended state in seconds
                 */
                suspended?: number;
                system?: {
                    /**
                     * Format: int64
                     * @description System CPU time used by the job in seconds
                     */
                    seconds?: number;
                    /**
                     * Format: int64
                     * @description System CPU time used by the job in microseconds
                     */
                    microseconds?: number;
                };
                /** @description Maximum run time in minutes (32 bit integer number with flags) */
                limit?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                total?: {
                    /**
                     * Format: int64
                     * @description Sum of System and User CPU time used by the job in seconds
                     */
                    seconds?: number;
                    /**
                     * Format: int64
                     * @description Sum of System and User CPU time used by the job in microseconds
                     */
                    microseconds?: number;
                };
                user?: {
                    /**
                     * Format: int64
                     * @description User CPU time used by the job in seconds
                     */
                    seconds?: number;
                    /**
                     * Format: int64
                     * @description User CPU time used by the job in microseconds
                     */
                    microseconds?: number;
                };
            };
            /** @description Exclusive resource allocation mode requested for the job */
            exclusive?: string;
            /** @description Exit code (return code returned by process) */
            exit_code?: components["schemas"]["v0.0.45_process_exit_code_verbose"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Name of node that caused job failure */
            failed_node?: string;
            /** @description Flags associated with this job */
            flags?: ("NONE" | "CLEAR_SCHEDULING" | "NOT_SET" | "STARTED_ON_SUBMIT" | "STARTED_ON_SCHEDULE" | "STARTED_ON_BACKFILL" | "START_RECEIVED" | "JOB_ALTERED")[];
            /** @description Group ID of the user that owns the job */
            group?: string;
            het?: {
                /**
                 * Format: int32
                 * @description Heterogeneous job ID, if applicable
                 */
                job_id?: number;
                /** @description Unique sequence number applied to this component of the heterogeneous job (32 bit integer number with flags) */
                job_offset?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            };
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description Job name */
            name?: string;
            /** @description License(s) required by the job */
            licenses?: string;
            mcs?: {
                /** @description Multi-Category Security label on the job */
                label?: string;
            };
            /** @description Node(s) allocated to the job */
            nodes?: string;
            /** @description Oversubscribe mode requested for the job */
            oversubscribe?: string;
            /** @description Partition assigned to the job */
            partition?: string;
            /** @description Hold (true) or release (false) job (Job held) */
            hold?: boolean;
            /** @description Request specific job priority (32 bit integer number with flags) */
            priority?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Quality of Service assigned to the job */
            qos?: string;
            /** @description Requested QOS */
            qosreq?: string;
            required?: {
                /**
                 * Format: int32
                 * @description Minimum number of CPUs required
                 */
                CPUs?: number;
                /** @description Minimum memory in megabytes per allocated CPU (64 bit integer number with flags) */
                memory_per_cpu?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Minimum memory in megabytes per allocated node (64 bit integer number with flags) */
                memory_per_node?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
            };
            /** @description User ID that requested termination of the job */
            kill_request_user?: string;
            /**
             * Format: int32
             * @description How many times this job has been requeued/restarted
             */
            restart_cnt?: number;
            reservation?: {
                /**
                 * Format: int32
                 * @description Unique identifier of requested reservation
                 */
                id?: number;
                /** @description Name of reservation to use */
                name?: string;
                /** @description Comma-separated list of requested reservation names */
                requested?: string;
            };
            /** @description Job batch script contents; only the first component in a HetJob is populated or honored */
            script?: string;
            /**
             * Format: int32
             * @description Requested segment size
             */
            segment_size?: number;
            /** @description Original SLUID (Slurm Lexicographically-sortable Unique ID) */
            original_sluid?: string;
            /** @description Job stdin with expanded fields */
            stdin_expanded?: string;
            /** @description Job stdout with expanded fields */
            stdout_expanded?: string;
            /** @description Job stderr with expanded fields */
            stderr_expanded?: string;
            /** @description Path to stdout file */
            stdout?: string;
            /** @description Path to stderr file */
            stderr?: string;
            /** @description Path to stdin file */
            stdin?: string;
            state?: {
                /** @description Current state */
                current?: ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT" | "EXPEDITING")[];
                /** @description Reason for previous Pending or Failed state */
                reason?: string;
            };
            /** @description Individual steps in the job */
            steps?: components["schemas"]["v0.0.45_step_list"];
            /** @description Command used to submit the job */
            submit_line?: string;
            tres?: {
                /** @description Trackable resources allocated to the job */
                allocated?: components["schemas"]["v0.0.45_tres_list"];
                /** @description Trackable resources requested by job */
                requested?: components["schemas"]["v0.0.45_tres_list"];
            };
            /** @description Generic resources used by job */
            used_gres?: string;
            /** @description User that owns the job */
            user?: string;
            /** @description Workload characterization key (WCKey ID with tagging) */
            wckey?: components["schemas"]["v0.0.45_wckey_tag_struct"];
            /** @description Path to current working directory */
            working_directory?: string;
        };
        "v0.0.45_assoc_short": {
            /** @description Account name */
            account?: string;
            /** @description Cluster name */
            cluster?: string;
            /** @description Partition name */
            partition?: string;
            /** @description User name */
            user: string;
            /**
             * Format: int32
             * @description Numeric association ID
             */
            id?: number;
        };
        "v0.0.45_step_list": components["schemas"]["v0.0.45_step"][];
        "v0.0.45_step": {
            time?: {
                /**
                 * Format: int32
                 * @description Elapsed time in seconds
                 */
                elapsed?: number;
                /** @description End time (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
                end?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /** @description Time execution began (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags) */
                start?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                /**
                 * Format: int32
                 * @description Total time in suspended state in seconds
                 */
                suspended?: number;
                system?: {
                    /**
                     * Format: int64
                     * @description System CPU time used by the step in seconds
                     */
                    seconds?: number;
                    /**
                     * Format: int32
                     * @description System CPU time used by the step in microseconds
                     */
                    microseconds?: number;
                };
                /** @description Maximum run time in minutes (32 bit integer number with flags) */
                limit?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                total?: {
                    /**
                     * Format: int64
                     * @description Total CPU time used by the step in seconds
                     */
                    seconds?: number;
                    /**
                     * Format: int32
                     * @description Total CPU time used by the step in microseconds
                     */
                    microseconds?: number;
                };
                user?: {
                    /**
                     * Format: int64
                     * @description User CPU time used by the step in seconds
                     */
                    seconds?: number;
                    /**
                     * Format: int32
                     * @description User CPU time used by the step in microseconds
                     */
                    microseconds?: number;
                };
            };
            /** @description Exit code (return code returned by process) */
            exit_code?: components["schemas"]["v0.0.45_process_exit_code_verbose"];
            nodes?: {
                /**
                 * Format: int32
                 * @description Number of nodes in the job step
                 */
                count?: number;
                /** @description Node(s) allocated to the job step */
                range?: string;
                /** @description List of nodes used by the step */
                list?: components["schemas"]["v0.0.45_hostlist"];
            };
            tasks?: {
                /**
                 * Format: int32
                 * @description Total number of tasks
                 */
                count?: number;
            };
            CPU?: {
                requested_frequency?: {
                    /** @description Minimum requested CPU frequency in kHz (32 bit integer number with flags) */
                    min?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                    /** @description Maximum requested CPU frequency in kHz (32 bit integer number with flags) */
                    max?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                };
                /** @description Requested CPU frequency governor in kHz */
                governor?: string;
            };
            /** @description User ID that requested termination of the step */
            kill_request_user?: string;
            /** @description Current state */
            state?: ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT" | "EXPEDITING")[];
            statistics?: {
                CPU?: {
                    /**
                     * Format: int64
                     * @description Average weighted CPU frequency of all tasks in kHz
                     */
                    actual_frequency?: number;
                };
                energy?: {
                    /** @description Total energy consumed by all tasks in a job in joules (64 bit integer number with flags) */
                    consumed?: components["schemas"]["v0.0.45_uint64_no_val_struct"];
                };
            };
            step?: {
                /** @description Step ID (Slurm job step ID) */
                id?: string;
                /** @description Step name */
                name?: string;
                /** @description Path to stderr file */
                stderr?: string;
                /** @description Path to stdin file */
                stdin?: string;
                /** @description Path to stdout file */
                stdout?: string;
                /** @description Step stderr with expanded fields */
                stderr_expanded?: string;
                /** @description Step stdin with expanded fields */
                stdin_expanded?: string;
                /** @description Step stdout with expanded fields */
                stdout_expanded?: string;
            };
            /** @description Full command used to submit the step */
            submit_line?: string;
            task?: {
                /** @description The layout of the step was when it was running */
                distribution?: string;
            };
            tres?: {
                requested?: {
                    /** @description Maximum TRES usage requested among all tasks */
                    max?: components["schemas"]["v0.0.45_step_tres_req_max"];
                    /** @description Minimum TRES usage requested among all tasks */
                    min?: components["schemas"]["v0.0.45_step_tres_req_min"];
                    /** @description Average TRES usage requested among all tasks */
                    average?: components["schemas"]["v0.0.45_tres_list"];
                    /** @description Total TRES usage requested among all tasks */
                    total?: components["schemas"]["v0.0.45_tres_list"];
                };
                consumed?: {
                    /** @description Maximum TRES usage consumed among all tasks */
                    max?: components["schemas"]["v0.0.45_step_tres_usage_max"];
                    /** @description Minimum TRES usage consumed among all tasks */
                    min?: components["schemas"]["v0.0.45_step_tres_usage_min"];
                    /** @description Average TRES usage consumed among all tasks */
                    average?: components["schemas"]["v0.0.45_tres_list"];
                    /** @description Total TRES usage consumed among all tasks */
                    total?: components["schemas"]["v0.0.45_tres_list"];
                };
                /** @description Trackable resources allocated to the step */
                allocated?: components["schemas"]["v0.0.45_tres_list"];
            };
        };
        "v0.0.45_hostlist": string[];
        "v0.0.45_step_tres_req_max": components["schemas"]["v0.0.45_tres"][];
        "v0.0.45_step_tres_req_min": components["schemas"]["v0.0.45_tres"][];
        "v0.0.45_step_tres_usage_max": components["schemas"]["v0.0.45_tres"][];
        "v0.0.45_step_tres_usage_min": components["schemas"]["v0.0.45_tres"][];
        "v0.0.45_wckey_tag_struct": {
            /** @description WCKey name */
            wckey: string;
            /** @description Active flags */
            flags: "ASSIGNED_DEFAULT"[];
        };
        "v0.0.45_openapi_job_modify_resp": {
            /** @description Job modify results */
            results: components["schemas"]["v0.0.45_string_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_string_list": string[];
        "v0.0.45_job_modify": {
            comment?: {
                /** @description Arbitrary comment made by administrator */
                administrator?: string;
                /** @description Arbitrary comment made by user */
                job?: string;
                /** @description Arbitrary comment from slurmctld */
                system?: string;
            };
            /** @description Highest exit code of all job steps (return code returned by process) */
            derived_exit_code?: components["schemas"]["v0.0.45_process_exit_code_verbose"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            tres?: {
                /** @description Trackable resources allocated to the job */
                allocated?: components["schemas"]["v0.0.45_tres_list"];
            };
            /** @description Workload characterization key */
            wckey?: string;
        };
        "v0.0.45_openapi_slurmdbd_config_resp": {
            /** @description Clusters */
            clusters?: components["schemas"]["v0.0.45_cluster_rec_list"];
            /** @description TRES */
            tres?: components["schemas"]["v0.0.45_tres_list"];
            /** @description Accounts */
            accounts?: components["schemas"]["v0.0.45_account_list"];
            /** @description Users */
            users?: components["schemas"]["v0.0.45_user_list"];
            /** @description QOS */
            qos?: components["schemas"]["v0.0.45_qos_list"];
            /** @description WCKeys */
            wckeys?: components["schemas"]["v0.0.45_wckey_list"];
            /** @description Associations */
            associations?: components["schemas"]["v0.0.45_assoc_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_cluster_rec_list": components["schemas"]["v0.0.45_cluster_rec"][];
        "v0.0.45_cluster_rec": {
            controller?: {
                /** @description ControlHost */
                host?: string;
                /**
                 * Format: int32
                 * @description ControlPort
                 */
                port?: number;
            };
            /** @description Flags */
            flags?: ("DELETED" | "REGISTERING" | "MULTIPLE_SLURMD" | "FEDERATION" | "EXTERNAL")[];
            /** @description ClusterName */
            name?: string;
            /** @description Node names */
            nodes?: string;
            associations?: {
                /** @description Root association information */
                root?: components["schemas"]["v0.0.45_assoc_short"];
            };
            /**
             * Format: int32
             * @description RPC version used in the cluster
             */
            rpc_version?: number;
            /** @description Trackable resources */
            tres?: components["schemas"]["v0.0.45_tres_list"];
        };
        "v0.0.45_account_list": components["schemas"]["v0.0.45_account"][];
        "v0.0.45_account": {
            /** @description Associations involving this account (only populated if requested) */
            associations?: components["schemas"]["v0.0.45_assoc_short_list"];
            /** @description List of users that are a coordinator of this account (only populated if requested) */
            coordinators?: components["schemas"]["v0.0.45_coord_list"];
            /** @description Arbitrary string describing the account */
            description: string;
            /** @description Account name */
            name: string;
            /** @description Organization to which the account belongs */
            organization: string;
            /** @description Flags associated with this account */
            flags?: ("DELETED" | "WithAssociations" | "WithCoordinators" | "NoUsersAreCoords" | "UsersAreCoords")[];
        };
        "v0.0.45_assoc_short_list": components["schemas"]["v0.0.45_assoc_short"][];
        "v0.0.45_coord_list": components["schemas"]["v0.0.45_coord"][];
        "v0.0.45_coord": {
            /** @description User name */
            name: string;
            /** @description Indicates whether the coordinator was directly assigned to this account */
            direct?: boolean;
        };
        "v0.0.45_user_list": components["schemas"]["v0.0.45_user"][];
        "v0.0.45_user": {
            /** @description AdminLevel granted to the user */
            administrator_level?: ("Not Set" | "None" | "Operator" | "Administrator")[];
            /** @description Associations created for this user */
            associations?: components["schemas"]["v0.0.45_assoc_short_list"];
            /** @description Accounts this user is a coordinator for */
            coordinators?: components["schemas"]["v0.0.45_coord_list"];
            default?: {
                /**
                 * Format: int32
                 * @description Default QOS
                 */
                qos?: number;
                /** @description Default account */
                account?: string;
                /** @description Default WCKey */
                wckey?: string;
            };
            /** @description Flags associated with this user */
            flags?: ("NONE" | "DELETED")[];
            /** @description User name */
            name: string;
            /** @description Previous user name */
            old_name?: string;
            /** @description List of available WCKeys */
            wckeys?: components["schemas"]["v0.0.45_wckey_list"];
        };
        "v0.0.45_wckey_list": components["schemas"]["v0.0.45_wckey"][];
        "v0.0.45_wckey": {
            /** @description Accounting records containing related resource usage */
            accounting?: components["schemas"]["v0.0.45_accounting_list"];
            /** @description Cluster name */
            cluster: string;
            /**
             * Format: int32
             * @description Unique ID for this user-cluster-wckey combination
             */
            id?: number;
            /** @description WCKey name */
            name: string;
            /** @description User name */
            user: string;
            /** @description Flags associated with this WCKey */
            flags?: "DELETED"[];
        };
        "v0.0.45_accounting_list": components["schemas"]["v0.0.45_accounting"][];
        "v0.0.45_accounting": {
            allocated?: {
                /**
                 * Format: int64
                 * @description Number of seconds allocated
                 */
                seconds?: number;
            };
            /**
             * Format: int32
             * @description Association ID or Workload characterization key ID
             */
            id?: number;
            /**
             * Format: int32
             * @description Alternate ID (not currently used)
             */
            id_alt?: number;
            /**
             * Format: int64
             * @description When the record was started (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            start?: number;
            /** @description Trackable resources */
            TRES?: components["schemas"]["v0.0.45_tres"];
        };
        "v0.0.45_qos_list": components["schemas"]["v0.0.45_qos"][];
        "v0.0.45_qos": {
            /** @description Arbitrary description */
            description?: string;
            /** @description Flags, to avoid modifying current values specify NOT_SET */
            flags?: ("NOT_SET" | "ADD" | "REMOVE" | "DELETED" | "PARTITION_MINIMUM_NODE" | "PARTITION_MAXIMUM_NODE" | "PARTITION_TIME_LIMIT" | "ENFORCE_USAGE_THRESHOLD" | "NO_RESERVE" | "REQUIRED_RESERVATION" | "DENY_LIMIT" | "OVERRIDE_PARTITION_QOS" | "PARTITION_QOS" | "NO_DECAY" | "USAGE_FACTOR_SAFE" | "RELATIVE")[];
            /**
             * Format: int32
             * @description Unique ID
             */
            id?: number;
            limits?: {
                /**
                 * Format: int32
                 * @description GraceTime - Preemption grace time in seconds to be extended to a job which has been selected for preemption
                 */
                grace_time?: number;
                max?: {
                    active_jobs?: {
                        /** @description GrpJobsAccrue - Maximum number of pending jobs able to accrue age priority (32 bit integer number with flags) */
                        accruing?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        /** @description GrpJobs - Maximum number of running jobs (32 bit integer number with flags) */
                        count?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                    };
                    jobs?: {
                        /** @description GrpSubmitJobs - Maximum number of jobs in a pending or running state at any time (32 bit integer number with flags) */
                        count?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        active_jobs?: {
                            per?: {
                                /** @description MaxJobsPerAccount - Maximum number of running jobs per account (32 bit integer number with flags) */
                                account?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                                /** @description MaxJobsPerUser - Maximum number of running jobs per user (32 bit integer number with flags) */
                                user?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                            };
                        };
                        per?: {
                            /** @description MaxSubmitJobsPerAccount - Maximum number of jobs in a pending or running state per account (32 bit integer number with flags) */
                            account?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                            /** @description MaxSubmitJobsPerUser - Maximum number of jobs in a pending or running state per user (32 bit integer number with flags) */
                            user?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        };
                    };
                    tres?: {
                        /** @description GrpTRES - Maximum number of TRES able to be allocated by running jobs */
                        total?: components["schemas"]["v0.0.45_tres_list"];
                        minutes?: {
                            /** @description GrpTRESMins - Maximum number of TRES minutes that can possibly be used by past, present, and future jobs */
                            total?: components["schemas"]["v0.0.45_tres_list"];
                            per?: {
                                /** @description GrpTRESRunMins - Maximum number of TRES minutes able to be allocated by running jobs */
                                qos?: components["schemas"]["v0.0.45_tres_list"];
                                /** @description MaxTRESMinsPerJob - Maximum number of TRES minutes each job can use */
                                job?: components["schemas"]["v0.0.45_tres_list"];
                                /** @description MaxTRESRunMinsPerAccount - Maximum number of TRES minutes each account can use */
                                account?: components["schemas"]["v0.0.45_tres_list"];
                                /** @description MaxTRESRunMinsPerUser - Maximum number of TRES minutes each user can use */
                                user?: components["schemas"]["v0.0.45_tres_list"];
                            };
                        };
                        per?: {
                            /** @description MaxTRESPerAccount - Maximum number of TRES each account can use */
                            account?: components["schemas"]["v0.0.45_tres_list"];
                            /** @description MaxTRESPerJob - Maximum number of TRES each job can use */
                            job?: components["schemas"]["v0.0.45_tres_list"];
                            /** @description MaxTRESPerNode - Maximum number of TRES each node in a job allocation can use */
                            node?: components["schemas"]["v0.0.45_tres_list"];
                            /** @description MaxTRESPerUser - Maximum number of TRES each user can use */
                            user?: components["schemas"]["v0.0.45_tres_list"];
                        };
                    };
                    wall_clock?: {
                        per?: {
                            /** @description GrpWall - Maximum wall clock time in minutes able to be allocated by running jobs (32 bit integer number with flags) */
                            qos?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                            /** @description MaxWallDurationPerJob - Maximum wall clock time in minutes each job can use (32 bit integer number with flags) */
                            job?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        };
                    };
                    accruing?: {
                        per?: {
                            /** @description MaxJobsAccruePerAccount - Maximum number of pending jobs an account (or subacct) can have accruing age priority (32 bit integer number with flags) */
                            account?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                            /** @description MaxJobsAccruePerUser - Maximum number of pending jobs a user can have accruing age priority (32 bit integer number with flags) */
                            user?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        };
                    };
                };
                /** @description LimitFactor - A float that is factored into an association's [Grp|Max]TRES limits (64 bit floating point number with flags) */
                factor?: components["schemas"]["v0.0.45_float64_no_val_struct"];
                min?: {
                    /** @description MinPrioThreshold - Minimum priority required to reserve resources when scheduling (32 bit integer number with flags) */
                    priority_threshold?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                    tres?: {
                        per?: {
                            /** @description MinTRESPerJob - Minimum number of TRES each job running under this QOS must request */
                            job?: components["schemas"]["v0.0.45_tres_list"];
                        };
                    };
                };
            };
            /** @description Name */
            name?: string;
            preempt?: {
                /** @description Other QOS's this QOS can preempt */
                list?: components["schemas"]["v0.0.45_qos_preempt_list"];
                /** @description PreemptMode - Mechanism used to preempt jobs or enable gang scheduling */
                mode?: ("DISABLED" | "SUSPEND" | "REQUEUE" | "CANCEL" | "GANG")[];
                /** @description PreemptExemptTime - Specifies a minimum run time for jobs before they are considered for preemption (32 bit integer number with flags) */
                exempt_time?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            };
            /** @description Priority - QOS priority factor (32 bit integer number with flags) */
            priority?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description UsageFactor - A float that is factored into a job's TRES usage (64 bit floating point number with flags) */
            usage_factor?: components["schemas"]["v0.0.45_float64_no_val_struct"];
            /** @description UsageThreshold - A float representing the lowest fairshare of an association allowed to run a job (64 bit floating point number with flags) */
            usage_threshold?: components["schemas"]["v0.0.45_float64_no_val_struct"];
        };
        "v0.0.45_qos_preempt_list": string[];
        "v0.0.45_assoc_list": components["schemas"]["v0.0.45_assoc"][];
        "v0.0.45_assoc": {
            /** @description Accounting records containing related resource usage */
            accounting?: components["schemas"]["v0.0.45_accounting_list"];
            /** @description Account name */
            account?: string;
            /** @description Cluster name */
            cluster?: string;
            /** @description Arbitrary comment */
            comment?: string;
            default?: {
                /** @description Default QOS */
                qos?: string;
            };
            /** @description Flags on the association */
            flags?: ("DELETED" | "NoUpdate" | "Exact" | "NoUsersAreCoords" | "UsersAreCoords")[];
            max?: {
                jobs?: {
                    per?: {
                        /** @description GrpJobs - Maximum number of running jobs in this association and its children (32 bit integer number with flags) */
                        count?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        /** @description GrpJobsAccrue - Maximum number of pending jobs able to accrue age priority in this association and its children (32 bit integer number with flags) */
                        accruing?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        /** @description GrpSubmitJobs - Maximum number of jobs in a pending or running state at any time in this association and its children (32 bit integer number with flags) */
                        submitted?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                        /** @description MaxWallDurationPerJob - Maximum wall clock time in minutes each job can use in this association (32 bit integer number with flags) */
                        wall_clock?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                    };
                    /** @description MaxJobs - Maximum number of running jobs per user in this association (32 bit integer number with flags) */
                    active?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                    /** @description MaxJobsAccrue - Maximum number of pending jobs able to accrue age priority at any given time in this association (32 bit integer number with flags) */
                    accruing?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                    /** @description MaxSubmitJobs - Maximum number of jobs in a pending or running state at any time in this association (32 bit integer number with flags) */
                    total?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                };
                tres?: {
                    /** @description GrpTRES - Maximum number of TRES able to be allocated by running jobs in this association and its children */
                    total?: components["schemas"]["v0.0.45_tres_list"];
                    group?: {
                        /** @description GrpTRESMins - Maximum number of TRES minutes that can possibly be used by past, present, and future jobs in this association and its children */
                        minutes?: components["schemas"]["v0.0.45_tres_list"];
                        /** @description GrpTRESRunMins - Maximum number of TRES minutes able to be allocated by running jobs in this association and its children */
                        active?: components["schemas"]["v0.0.45_tres_list"];
                    };
                    minutes?: {
                        /** @description Not implemented */
                        total?: components["schemas"]["v0.0.45_tres_list"];
                        per?: {
                            /** @description MaxTRESMinsPerJob - Maximum number of TRES minutes each job can use in this association */
                            job?: components["schemas"]["v0.0.45_tres_list"];
                        };
                    };
                    per?: {
                        /** @description MaxTRESPerJob - Maximum number of TRES each job can use in this association */
                        job?: components["schemas"]["v0.0.45_tres_list"];
                        /** @description MaxTRESPerNode - Maximum number of TRES each node in a job allocation can use in this association */
                        node?: components["schemas"]["v0.0.45_tres_list"];
                    };
                };
                per?: {
                    account?: {
                        /** @description GrpWall - Maximum wall clock time in minutes able to be allocated by running jobs in this association and its children (32 bit integer number with flags) */
                        wall_clock?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
                    };
                };
            };
            /**
             * Format: int32
             * @description Unique ID (Association ID)
             */
            id?: number;
            /** @description Is default association for user */
            is_default?: boolean;
            /** @description Complete path up the hierarchy to the root association */
            lineage?: string;
            min?: {
                /** @description MinPrioThreshold - Minimum priority required to reserve resources when scheduling (32 bit integer number with flags) */
                priority_threshold?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            };
            /** @description Name of parent account */
            parent_account?: string;
            /** @description Partition name */
            partition?: string;
            /** @description Association priority factor (32 bit integer number with flags) */
            priority?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description List of available QOS names (List of QOS names) */
            qos?: components["schemas"]["v0.0.45_qos_string_id_list"];
            /**
             * Format: int32
             * @description Allocated shares used for fairshare calculation
             */
            shares_raw?: number;
            /** @description User name */
            user: string;
        };
        /** @description List of QOS names */
        "v0.0.45_qos_string_id_list": string[];
        "v0.0.45_openapi_slurmdbd_conf_resp": {
            /** @description slurmdbd.conf */
            slurmdbd_conf: components["schemas"]["v0.0.45_slurmdbd_conf"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_slurmdbd_conf": {
            /** @description location to locally store data if not using a script */
            ArchiveDir?: string;
            /** @description script to archive old data */
            ArchiveScript?: string;
            /**
             * Format: int32
             * @description on busy systems, delay commits from slurmctld this many seconds
             */
            CommitDelay?: number;
            /** @description network address of Slurm DBD */
            DbdAddr?: string;
            /** @description hostname of Slurm DBD backup */
            DbdBackupHost?: string;
            /** @description hostname of Slurm DBD */
            DbdHost?: string;
            /**
             * Format: int32
             * @description port number for RPCs to DBD
             */
            DbdPort?: number;
            /** @description debug level, default=3 */
            DebugLevel?: string;
            /** @description default qos setting when adding clusters */
            DefaultQOS?: string;
            /** @description various flags, see DBD_CONF_FLAG_* */
            Flags?: ("AllowNoDefAcct" | "AllResourcesAbsolute" | "DisableCoordDBD" | "DisableArchiveCommands")[];
            /** @description fully qualified pathname of the slurmdbd log file (default unset; logs go to syslog) */
            LogFile?: string;
            /**
             * Format: int32
             * @description max number of records that are purged in a single query so that locks can be periodically released
             */
            MaxPurgeLimit?: number;
            /** @description max time range for user queries (Time formatted as HH:MM:SS or D-HH:MM:SS) */
            MaxQueryTimeRange?: string;
            /** @description parameters to change behavior with the slurmdbd directly */
            Parameters?: components["schemas"]["v0.0.45_csv_string"];
            /** @description flags to be sent back on any persist connection init */
            PersistConnFlags?: "PreserveCaseUser"[];
            /** @description where to store current PID */
            PidFile?: string;
            /** @description purge events older than this in hours, days, or months */
            PurgeEventAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge jobs older than this in hours, days, or months */
            PurgeJobAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge reservations older than this in hours, days, or months */
            PurgeResvAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge steps older than this in hours, days, or months */
            PurgeStepAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge suspend data older than this in hours, days, or months */
            PurgeSuspendAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge transaction data older than this in hours, days, or months */
            PurgeTXNAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge usage data older than this in hours, days, or months */
            PurgeUsageAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge job scripts older than this in hours, days, or months */
            PurgeJobScriptAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description purge job environments older than this in hours, days, or months */
            PurgeJobEnvAfter?: components["schemas"]["v0.0.45_slurmdb_purge_units"];
            /** @description name of the database where accounting records are written (default slurm_acct_db) */
            StorageLoc?: string;
            /** @description path to executable script that emits ephemeral DB authentication tokens used in place of StoragePass */
            StoragePassScript?: string;
            /** @description username used to connect to the accounting database (defaults to the user running slurmdbd) */
            StorageUser?: string;
            /** @description output to both log file and syslog */
            DebugLevelSyslog?: string;
            /** @description whether or not to track WCKey */
            TrackWCKey?: boolean;
            /** @description whether or not to track when a slurmctld goes down */
            TrackSlurmctldDown?: boolean;
        };
        "v0.0.45_slurmdb_purge_units": {
            /** @description whether purge has been set */
            set?: boolean;
            /**
             * Format: int32
             * @description hours
             */
            hours?: number;
            /**
             * Format: int32
             * @description days
             */
            days?: number;
            /**
             * Format: int32
             * @description months
             */
            months?: number;
            /** @description whether to archive purged records */
            archive?: boolean;
        };
        "v0.0.45_openapi_tres_resp": {
            /** @description TRES */
            TRES: components["schemas"]["v0.0.45_tres_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_slurmdbd_qos_resp": {
            /** @description List of QOS */
            qos: components["schemas"]["v0.0.45_qos_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_slurmdbd_qos_removed_resp": {
            /** @description removed QOS */
            removed_qos: components["schemas"]["v0.0.45_string_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_assocs_resp": {
            /** @description associations */
            associations: components["schemas"]["v0.0.45_assoc_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_assocs_removed_resp": {
            /** @description removed_associations */
            removed_associations: components["schemas"]["v0.0.45_string_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_instances_resp": {
            /** @description instances */
            instances: components["schemas"]["v0.0.45_instance_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_instance_list": components["schemas"]["v0.0.45_instance"][];
        "v0.0.45_instance": {
            /** @description Cluster name */
            cluster?: string;
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Cloud instance ID */
            instance_id?: string;
            /** @description Cloud instance type */
            instance_type?: string;
            /** @description NodeName */
            node_name?: string;
            time?: {
                /**
                 * Format: int64
                 * @description When the instance will end (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                time_end?: number;
                /**
                 * Format: int64
                 * @description When the instance will start (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                time_start?: number;
            };
        };
        "v0.0.45_openapi_users_resp": {
            /** @description users */
            users: components["schemas"]["v0.0.45_user_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_users_add_cond_resp_str": {
            /** @description added_users */
            added_users: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_users_add_cond_resp": {
            /** @description Filters to select associations for users */
            association_condition: components["schemas"]["v0.0.45_users_add_cond"];
            /** @description Admin level of user, DefaultAccount, DefaultWCKey */
            user: components["schemas"]["v0.0.45_user_short"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_users_add_cond": {
            /** @description CSV accounts list */
            accounts?: components["schemas"]["v0.0.45_string_list"];
            /** @description Association limits and options */
            association?: components["schemas"]["v0.0.45_assoc_rec_set"];
            /** @description CSV clusters list */
            clusters?: components["schemas"]["v0.0.45_string_list"];
            /** @description CSV partitions list */
            partitions?: components["schemas"]["v0.0.45_string_list"];
            /** @description CSV users list */
            users: components["schemas"]["v0.0.45_string_list"];
            /** @description CSV WCKeys list */
            wckeys?: components["schemas"]["v0.0.45_string_list"];
        };
        "v0.0.45_assoc_rec_set": {
            /** @description Arbitrary comment */
            comment?: string;
            /** @description Default QOS */
            defaultqos?: string;
            /** @description GrpJobs - Maximum number of running jobs in this association and its children (32 bit integer number with flags) */
            grpjobs?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description GrpJobsAccrue - Maximum number of pending jobs able to accrue age priority in this association and its children (32 bit integer number with flags) */
            grpjobsaccrue?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description GrpSubmitJobs - Maximum number of jobs in a pending or running state at any time in this association and its children (32 bit integer number with flags) */
            grpsubmitjobs?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description GrpTRES - Maximum number of TRES able to be allocated by running jobs in this association and its children */
            grptres?: components["schemas"]["v0.0.45_tres_list"];
            /** @description GrpTRESMins - Maximum number of TRES minutes that can possibly be used by past, present, and future jobs in this association and its children */
            grptresmins?: components["schemas"]["v0.0.45_tres_list"];
            /** @description GrpTRESRunMins - Maximum number of TRES minutes able to be allocated by running jobs in this association and its children */
            grptresrunmins?: components["schemas"]["v0.0.45_tres_list"];
            /** @description GrpWall - Maximum wall clock time in minutes able to be allocated by running jobs in this association and its children (32 bit integer number with flags) */
            grpwall?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description MaxJobs - Maximum number of running jobs per user in this association (32 bit integer number with flags) */
            maxjobs?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description MaxJobsAccrue - Maximum number of pending jobs able to accrue age priority at any given time in this association (32 bit integer number with flags) */
            maxjobsaccrue?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description MaxSubmitJobs - Maximum number of jobs in a pending or running state at any time in this association (32 bit integer number with flags) */
            maxsubmitjobs?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description MaxTRESMinsPerJob - Maximum number of TRES minutes each job can use in this association */
            maxtresminsperjob?: components["schemas"]["v0.0.45_tres_list"];
            /** @description Not implemented */
            maxtresrunmins?: components["schemas"]["v0.0.45_tres_list"];
            /** @description MaxTRESPerJob - Maximum number of TRES each job can use in this association */
            maxtresperjob?: components["schemas"]["v0.0.45_tres_list"];
            /** @description MaxTRESPerNode - Maximum number of TRES each node in a job allocation can use in this association */
            maxtrespernode?: components["schemas"]["v0.0.45_tres_list"];
            /** @description MaxWallDurationPerJob - Maximum wall clock time in minutes each job can use in this association (32 bit integer number with flags) */
            maxwalldurationperjob?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description MinPrioThreshold - Minimum priority required to reserve resources when scheduling (32 bit integer number with flags) */
            minpriothresh?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description Name of parent account */
            parent?: string;
            /** @description Association priority factor (32 bit integer number with flags) */
            priority?: components["schemas"]["v0.0.45_uint32_no_val_struct"];
            /** @description List of available QOS names (List of QOS names) */
            qoslevel?: components["schemas"]["v0.0.45_qos_string_id_list"];
            /**
             * Format: int32
             * @description Allocated shares used for fairshare calculation
             */
            fairshare?: number;
        };
        "v0.0.45_user_short": {
            /** @description AdminLevel granted to the user */
            adminlevel?: ("Not Set" | "None" | "Operator" | "Administrator")[];
            /**
             * Format: int32
             * @description Default QOS
             */
            defaultqos?: number;
            /** @description Default account */
            defaultaccount?: string;
            /** @description Default WCKey */
            defaultwckey?: string;
        };
        "v0.0.45_openapi_clusters_removed_resp": {
            /** @description deleted_clusters */
            deleted_clusters: components["schemas"]["v0.0.45_string_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_clusters_resp": {
            /** @description clusters */
            clusters: components["schemas"]["v0.0.45_cluster_rec_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_wckey_removed_resp": {
            /** @description deleted wckeys */
            deleted_wckeys: components["schemas"]["v0.0.45_string_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_wckey_resp": {
            /** @description wckeys */
            wckeys: components["schemas"]["v0.0.45_wckey_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_accounts_removed_resp": {
            /** @description removed_accounts */
            removed_accounts: components["schemas"]["v0.0.45_string_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_accounts_resp": {
            /** @description accounts */
            accounts: components["schemas"]["v0.0.45_account_list"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_accounts_add_cond_resp_str": {
            /** @description added_accounts */
            added_accounts: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_accounts_add_cond_resp": {
            /** @description CSV list of accounts, association limits and options, CSV list of clusters */
            association_condition: components["schemas"]["v0.0.45_accounts_add_cond"];
            /** @description Account organization and description */
            account?: components["schemas"]["v0.0.45_account_short"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_accounts_add_cond": {
            /** @description CSV accounts list */
            accounts: components["schemas"]["v0.0.45_string_list"];
            /** @description Association limits and options */
            association?: components["schemas"]["v0.0.45_assoc_rec_set"];
            /** @description CSV clusters list */
            clusters?: components["schemas"]["v0.0.45_string_list"];
        };
        "v0.0.45_account_short": {
            /** @description Arbitrary string describing the account */
            description?: string;
            /** @description Organization to which the account belongs */
            organization?: string;
        };
        "v0.0.45_openapi_job_modify_req": {
            /** @description CSV list of Job IDs to modify */
            job_id_list?: components["schemas"]["v0.0.45_selected_step_list"];
            /** @description Job modify message */
            job_rec?: components["schemas"]["v0.0.45_job_modify"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_openapi_slurmdbd_stats_resp": {
            /** @description statistics */
            statistics: components["schemas"]["v0.0.45_stats_rec"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_stats_rec": {
            /**
             * Format: int64
             * @description When data collection started (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
             */
            time_start?: number;
            /** @description Rollup statistics */
            rollups?: components["schemas"]["v0.0.45_rollup_stats"];
            /** @description List of RPCs sent to the slurmdbd */
            RPCs?: components["schemas"]["v0.0.45_stats_rpc_list"];
            /** @description List of users that issued RPCs */
            users?: components["schemas"]["v0.0.45_stats_user_list"];
        };
        "v0.0.45_rollup_stats": {
            hourly?: {
                /**
                 * Format: int32
                 * @description Number of hourly rollups since last_run
                 */
                count?: number;
                /**
                 * Format: int64
                 * @description Last time hourly rollup ran (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                last_run?: number;
                duration?: {
                    /**
                     * Format: int64
                     * @description Total time spent doing last daily rollup (seconds)
                     */
                    last?: number;
                    /**
                     * Format: int64
                     * @description Longest hourly rollup time (seconds)
                     */
                    max?: number;
                    /**
                     * Format: int64
                     * @description Total time spent doing hourly rollups (seconds)
                     */
                    time?: number;
                };
            };
            daily?: {
                /**
                 * Format: int32
                 * @description Number of daily rollups since last_run
                 */
                count?: number;
                /**
                 * Format: int64
                 * @description Last time daily rollup ran (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                last_run?: number;
                duration?: {
                    /**
                     * Format: int64
                     * @description Total time spent doing daily daily rollup (seconds)
                     */
                    last?: number;
                    /**
                     * Format: int64
                     * @description Longest daily rollup time (seconds)
                     */
                    max?: number;
                    /**
                     * Format: int64
                     * @description Total time spent doing daily rollups (seconds)
                     */
                    time?: number;
                };
            };
            monthly?: {
                /**
                 * Format: int32
                 * @description Number of monthly rollups since last_run
                 */
                count?: number;
                /**
                 * Format: int64
                 * @description Last time monthly rollup ran (UNIX timestamp) (UNIX timestamp or time string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
                 */
                last_run?: number;
                duration?: {
                    /**
                     * Format: int64
                     * @description Total time spent doing monthly daily rollup (seconds)
                     */
                    last?: number;
                    /**
                     * Format: int64
                     * @description Longest monthly rollup time (seconds)
                     */
                    max?: number;
                    /**
                     * Format: int64
                     * @description Total time spent doing monthly rollups (seconds)
                     */
                    time?: number;
                };
            };
        };
        "v0.0.45_stats_rpc_list": components["schemas"]["v0.0.45_stats_rpc"][];
        "v0.0.45_stats_rpc": {
            /** @description RPC type */
            rpc?: string;
            /**
             * Format: int32
             * @description Number of RPCs processed
             */
            count?: number;
            time?: {
                /**
                 * Format: int64
                 * @description Average RPC processing time in microseconds
                 */
                average?: number;
                /**
                 * Format: int64
                 * @description Total RPC processing time in microseconds
                 */
                total?: number;
            };
        };
        "v0.0.45_stats_user_list": components["schemas"]["v0.0.45_stats_user"][];
        "v0.0.45_stats_user": {
            /** @description User ID */
            user?: string;
            /**
             * Format: int32
             * @description Number of RPCs processed
             */
            count?: number;
            time?: {
                /**
                 * Format: int64
                 * @description Average RPC processing time in microseconds
                 */
                average?: number;
                /**
                 * Format: int64
                 * @description Total RPC processing time in microseconds
                 */
                total?: number;
            };
        };
        "v0.0.45_openapi_slurmdbd_ping_resp": {
            /** @description pings */
            pings: components["schemas"]["v0.0.45_slurmdbd_ping_array"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.45_openapi_meta"];
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.45_openapi_errors"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.45_openapi_warnings"];
        };
        "v0.0.45_slurmdbd_ping_array": components["schemas"]["v0.0.45_slurmdbd_ping"][];
        "v0.0.45_slurmdbd_ping": {
            /** @description Target for ping */
            hostname: string;
            /** @description If ping RPC responded with pong from slurmdbd */
            responding: boolean;
            /**
             * Format: int64
             * @description Number of microseconds it took to successfully ping or timeout
             */
            latency: number;
            /** @description Is responding slurmdbd the primary controller (Is responding slurmctld the primary controller) */
            primary: boolean;
            /** @description Ping status code */
            status: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    slurm_v0045_get_shares: {
        parameters: {
            query?: {
                /** @description Accounts to query */
                accounts?: string;
                /** @description Users to query */
                users?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description shares information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_shares_resp"];
                };
            };
            /** @description shares information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_shares_resp"];
                };
            };
        };
    };
    slurm_v0045_get_reconfigure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reconfigure request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description reconfigure request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_get_diag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description diagnostic results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_diag_resp"];
                };
            };
            /** @description diagnostic results */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_diag_resp"];
                };
            };
        };
    };
    slurm_v0045_get_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results of ping test */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_ping_array_resp"];
                };
            };
            /** @description results of ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_ping_array_resp"];
                };
            };
        };
    };
    slurm_v0045_get_licenses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results of get all licenses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_licenses_resp"];
                };
            };
            /** @description results of get all licenses */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_licenses_resp"];
                };
            };
        };
    };
    slurm_v0045_post_job_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_job_submit_req"];
            };
        };
        responses: {
            /** @description job submission response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_submit_response"];
                };
            };
            /** @description job submission response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_submit_response"];
                };
            };
        };
    };
    slurm_v0045_post_job_allocate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job allocation description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_job_alloc_req"];
            };
        };
        responses: {
            /** @description job allocation response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_alloc_resp"];
                };
            };
            /** @description job allocation response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_alloc_resp"];
                };
            };
        };
    };
    slurm_v0045_get_jobs: {
        parameters: {
            query?: {
                /** @description Query jobs updated more recently than this time (UNIX timestamp) */
                update_time?: string;
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0045_delete_jobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Signal or cancel jobs */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_kill_jobs_msg"];
            };
        };
        responses: {
            /** @description description of jobs to signal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_kill_jobs_resp"];
                };
            };
            /** @description description of jobs to signal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_kill_jobs_resp"];
                };
            };
        };
    };
    slurm_v0045_get_jobs_state: {
        parameters: {
            query?: {
                /** @description CSV list of Job IDs to search for */
                job_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) state information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_info_resp"];
                };
            };
            /** @description job(s) state information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0045_get_job: {
        parameters: {
            query?: {
                /** @description Query jobs updated more recently than this time (UNIX timestamp) */
                update_time?: string;
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
            };
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0045_post_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        /** @description Job update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_job_desc_msg"];
            };
        };
        responses: {
            /** @description job update result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_post_response"];
                };
            };
            /** @description job update result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_post_response"];
                };
            };
        };
    };
    slurm_v0045_delete_job: {
        parameters: {
            query?: {
                /** @description Signal to send to Job */
                signal?: string;
                /** @description Signalling flags */
                flags?: "BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT";
            };
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job signal result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_kill_job_resp"];
                };
            };
            /** @description job signal result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_kill_job_resp"];
                };
            };
        };
    };
    slurm_v0045_get_job_requeue: {
        parameters: {
            query?: {
                /** @description Operate only on jobs (or tasks of a job array) which have not completed */
                Incomplete?: string;
                /** @description Hold job after requeue, will require manual release to run again */
                Hold?: string;
                /** @description Set SPECIAL_EXIT state after requeue; must also specify the Hold flag */
                SpecialExit?: string;
            };
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job requeue result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_requeue_resp"];
                };
            };
            /** @description job requeue result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_requeue_resp"];
                };
            };
        };
    };
    slurm_v0045_post_jobs_requeue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description batch job requeue request parameters */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_jobs_requeue_query"];
            };
        };
        responses: {
            /** @description batch job requeue request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_jobs_requeue_resp"];
                };
            };
            /** @description batch job requeue request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_jobs_requeue_resp"];
                };
            };
        };
    };
    slurm_v0045_get_nodes: {
        parameters: {
            query?: {
                /** @description Query nodes updated more recently than this time (UNIX timestamp) */
                update_time?: string;
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_nodes_resp"];
                };
            };
            /** @description node(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0045_post_nodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Nodelist update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_update_node_msg"];
            };
        };
        responses: {
            /** @description batch node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description batch node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_get_node: {
        parameters: {
            query?: {
                /** @description Query nodes updated more recently than this time (UNIX timestamp) */
                update_time?: string;
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
            };
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_nodes_resp"];
                };
            };
            /** @description node information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0045_post_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        /** @description Node update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_update_node_msg"];
            };
        };
        responses: {
            /** @description node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_delete_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node delete request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description node delete request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_get_partitions: {
        parameters: {
            query?: {
                /** @description Query partitions updated more recently than this time (UNIX timestamp) */
                update_time?: string;
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partition information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0045_post_partitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description partition description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_partitions_mod_req"];
            };
        };
        responses: {
            /** @description partition update or create request results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description partition update or create request results */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_get_partition: {
        parameters: {
            query?: {
                /** @description Query partitions updated more recently than this time (UNIX timestamp) */
                update_time?: string;
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
            };
            header?: never;
            path: {
                /** @description Partition name */
                partition_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partition information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0045_delete_partition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partition name */
                partition_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partition deletion result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description partition deletion result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_get_reservations: {
        parameters: {
            query?: {
                /** @description Query reservations updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reservation information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0045_post_reservations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description reservation descriptions */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_reservation_mod_req"];
            };
        };
        responses: {
            /** @description reservation descriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_mod_resp"];
                };
            };
            /** @description reservation descriptions */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_mod_resp"];
                };
            };
        };
    };
    slurm_v0045_get_reservation: {
        parameters: {
            query?: {
                /** @description Query reservations updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Reservation name */
                reservation_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reservation information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0045_delete_reservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Reservation name */
                reservation_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reservation delete request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description reservation delete request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_post_reservation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description reservation description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_reservation_desc_msg"];
            };
        };
        responses: {
            /** @description reservation description */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_mod_resp"];
                };
            };
            /** @description reservation description */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_reservation_mod_resp"];
                };
            };
        };
    };
    slurm_v0045_post_new_node: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description node create request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_create_node_req"];
            };
        };
        responses: {
            /** @description node create request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description node create request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurm_v0045_get_resources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description resource layout information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resource_layout_resp"];
                };
            };
            /** @description resource layout information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resource_layout_resp"];
                };
            };
        };
    };
    slurm_v0045_get_conf: {
        parameters: {
            query?: {
                /** @description Query config updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description slurm configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_conf_resp"];
                };
            };
            /** @description slurm configuration */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_conf_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job description */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_jobs_resp"];
                };
            };
            /** @description Job description */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_jobs_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        /** @description Job update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_job_modify"];
            };
        };
        responses: {
            /** @description Job update results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_modify_resp"];
                };
            };
            /** @description Job update results */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_modify_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description slurmdbd configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_config_resp"];
                };
            };
            /** @description slurmdbd configuration */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_config_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Add or update config */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_config_resp"];
            };
        };
        responses: {
            /** @description slurmdbd configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description slurmdbd configuration */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_conf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description slurmdbd configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_conf_resp"];
                };
            };
            /** @description slurmdbd configuration */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_conf_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_tres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of TRES */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_tres_resp"];
                };
            };
            /** @description List of TRES */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_tres_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_tres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description TRES descriptions. Only works in developer mode. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_tres_resp"];
            };
        };
        responses: {
            /** @description TRES update result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description TRES update result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_single_qos: {
        parameters: {
            query?: {
                /** @description Query includes deleted QOS */
                with_deleted?: string;
            };
            header?: never;
            path: {
                /** @description QOS name */
                qos: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QOS information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_qos_resp"];
                };
            };
            /** @description QOS information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_qos_resp"];
                };
            };
        };
    };
    slurmdb_v0045_delete_single_qos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description QOS name */
                qos: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results of ping test */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_qos_removed_resp"];
                };
            };
            /** @description results of ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_qos_removed_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_qos: {
        parameters: {
            query?: {
                /** @description CSV description list */
                description?: string;
                "Include deleted QOS"?: string;
                /** @description CSV QOS id list */
                id?: string;
                /** @description CSV QOS name list */
                name?: string;
                /** @description PreemptMode used when jobs in this QOS are preempted */
                preempt_mode?: "DISABLED" | "SUSPEND" | "REQUEUE" | "CANCEL" | "GANG";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of QOS */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_qos_resp"];
                };
            };
            /** @description List of QOS */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_qos_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_qos: {
        parameters: {
            query?: {
                /** @description CSV description list */
                description?: string;
                "Include deleted QOS"?: string;
                /** @description CSV QOS id list */
                id?: string;
                /** @description CSV QOS name list */
                name?: string;
                /** @description PreemptMode used when jobs in this QOS are preempted */
                preempt_mode?: "DISABLED" | "SUSPEND" | "REQUEUE" | "CANCEL" | "GANG";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Description of QOS to add or update */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_qos_resp"];
            };
        };
        responses: {
            /** @description QOS update response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description QOS update response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_associations: {
        parameters: {
            query?: {
                /** @description CSV accounts list */
                account?: string;
                /** @description CSV clusters list */
                cluster?: string;
                /** @description CSV QOS list */
                default_qos?: string;
                "Include deleted associations"?: string;
                "Include usage"?: string;
                "Filter to only defaults"?: string;
                "Include the raw QOS or delta_qos"?: string;
                "Include sub acct information"?: string;
                "Exclude parent id/name"?: string;
                "Exclude limits from parents"?: string;
                /** @description CSV ID list */
                id?: string;
                /** @description CSV names of parent account */
                parent_account?: string;
                /** @description CSV partition name list */
                partition?: string;
                /** @description CSV QOS list */
                qos?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description CSV user list */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of associations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_resp"];
                };
            };
            /** @description List of associations */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_associations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_assocs_resp"];
            };
        };
        responses: {
            /** @description status of associations update */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description status of associations update */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_delete_associations: {
        parameters: {
            query?: {
                /** @description CSV accounts list */
                account?: string;
                /** @description CSV clusters list */
                cluster?: string;
                /** @description CSV QOS list */
                default_qos?: string;
                "Include deleted associations"?: string;
                "Include usage"?: string;
                "Filter to only defaults"?: string;
                "Include the raw QOS or delta_qos"?: string;
                "Include sub acct information"?: string;
                "Exclude parent id/name"?: string;
                "Exclude limits from parents"?: string;
                /** @description CSV ID list */
                id?: string;
                /** @description CSV names of parent account */
                parent_account?: string;
                /** @description CSV partition name list */
                partition?: string;
                /** @description CSV QOS list */
                qos?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description CSV user list */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of associations deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_removed_resp"];
                };
            };
            /** @description List of associations deleted */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_removed_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_association: {
        parameters: {
            query?: {
                /** @description CSV accounts list */
                account?: string;
                /** @description CSV clusters list */
                cluster?: string;
                /** @description CSV QOS list */
                default_qos?: string;
                "Include deleted associations"?: string;
                "Include usage"?: string;
                "Filter to only defaults"?: string;
                "Include the raw QOS or delta_qos"?: string;
                "Include sub acct information"?: string;
                "Exclude parent id/name"?: string;
                "Exclude limits from parents"?: string;
                /** @description CSV ID list */
                id?: string;
                /** @description CSV names of parent account */
                parent_account?: string;
                /** @description CSV partition name list */
                partition?: string;
                /** @description CSV QOS list */
                qos?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description CSV user list */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of associations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_resp"];
                };
            };
            /** @description List of associations */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_resp"];
                };
            };
        };
    };
    slurmdb_v0045_delete_association: {
        parameters: {
            query?: {
                /** @description CSV accounts list */
                account?: string;
                /** @description CSV clusters list */
                cluster?: string;
                /** @description CSV QOS list */
                default_qos?: string;
                "Include deleted associations"?: string;
                "Include usage"?: string;
                "Filter to only defaults"?: string;
                "Include the raw QOS or delta_qos"?: string;
                "Include sub acct information"?: string;
                "Exclude parent id/name"?: string;
                "Exclude limits from parents"?: string;
                /** @description CSV ID list */
                id?: string;
                /** @description CSV names of parent account */
                parent_account?: string;
                /** @description CSV partition name list */
                partition?: string;
                /** @description CSV QOS list */
                qos?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description CSV user list */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status of associations delete request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_removed_resp"];
                };
            };
            /** @description Status of associations delete request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_assocs_removed_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_instances: {
        parameters: {
            query?: {
                /** @description CSV clusters list */
                cluster?: string;
                /** @description CSV extra list */
                extra?: string;
                /** @description CSV instance_id list */
                instance_id?: string;
                /** @description CSV instance_type list */
                instance_type?: string;
                /** @description Ranged node string */
                node_list?: string;
                /** @description Time end (UNIX timestamp) */
                time_end?: string;
                /** @description Time start (UNIX timestamp) */
                time_start?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of instances */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_instances_resp"];
                };
            };
            /** @description List of instances */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_instances_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_instance: {
        parameters: {
            query?: {
                /** @description CSV clusters list */
                cluster?: string;
                /** @description CSV extra list */
                extra?: string;
                /** @description CSV instance_id list */
                instance_id?: string;
                /** @description CSV instance_type list */
                instance_type?: string;
                /** @description Ranged node string */
                node_list?: string;
                /** @description Time end (UNIX timestamp) */
                time_end?: string;
                /** @description Time start (UNIX timestamp) */
                time_start?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of instances */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_instances_resp"];
                };
            };
            /** @description List of instances */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_instances_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_user: {
        parameters: {
            query?: {
                /** @description Include deleted users */
                with_deleted?: string;
                /** @description Include associations */
                with_assocs?: string;
                /** @description Include coordinators */
                with_coords?: string;
                /** @description Include WCKeys */
                with_wckeys?: string;
            };
            header?: never;
            path: {
                /** @description User name */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_users_resp"];
                };
            };
            /** @description List of users */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_users_resp"];
                };
            };
        };
    };
    slurmdb_v0045_delete_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User name */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Result of user delete request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description Result of user delete request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_users_association: {
        parameters: {
            query?: {
                /** @description Query partitions updated more recently than this time (UNIX timestamp) */
                update_time?: string;
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create users with conditional association */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_users_add_cond_resp"];
            };
        };
        responses: {
            /** @description Add list of users with conditional association */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_users_add_cond_resp_str"];
                };
            };
            /** @description Add list of users with conditional association */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_users_add_cond_resp_str"];
                };
            };
        };
    };
    slurmdb_v0045_get_users: {
        parameters: {
            query?: {
                /** @description Administrator level */
                admin_level?: "Not Set" | "None" | "Operator" | "Administrator";
                /** @description CSV default account list */
                default_account?: string;
                /** @description CSV default WCKey list */
                default_wckey?: string;
                /** @description With associations */
                with_assocs?: string;
                /** @description With coordinators */
                with_coords?: string;
                /** @description With deleted */
                with_deleted?: string;
                /** @description With WCKeys */
                with_wckeys?: string;
                /** @description Exclude defaults */
                without_defaults?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_users_resp"];
                };
            };
            /** @description List of users */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_users_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description add or update user */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_users_resp"];
            };
        };
        responses: {
            /** @description Status of user update request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description Status of user update request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_cluster: {
        parameters: {
            query?: {
                /** @description Type of machine */
                classification?: "UNCLASSIFIED" | "CAPABILITY" | "CAPACITY" | "CAPAPACITY";
                /** @description CSV cluster list */
                cluster?: string;
                /** @description CSV federation list */
                federation?: string;
                /** @description Query flags */
                flags?: "DELETED" | "REGISTERING" | "MULTIPLE_SLURMD" | "FEDERATION" | "EXTERNAL";
                /** @description CSV RPC version list */
                rpc_version?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description Include deleted clusters */
                with_deleted?: string;
                /** @description Include usage */
                with_usage?: string;
            };
            header?: never;
            path: {
                /** @description Cluster name */
                cluster_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cluster information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_clusters_resp"];
                };
            };
            /** @description Cluster information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_clusters_resp"];
                };
            };
        };
    };
    slurmdb_v0045_delete_cluster: {
        parameters: {
            query?: {
                /** @description Type of machine */
                classification?: "UNCLASSIFIED" | "CAPABILITY" | "CAPACITY" | "CAPAPACITY";
                /** @description CSV cluster list */
                cluster?: string;
                /** @description CSV federation list */
                federation?: string;
                /** @description Query flags */
                flags?: "DELETED" | "REGISTERING" | "MULTIPLE_SLURMD" | "FEDERATION" | "EXTERNAL";
                /** @description CSV RPC version list */
                rpc_version?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description Include deleted clusters */
                with_deleted?: string;
                /** @description Include usage */
                with_usage?: string;
            };
            header?: never;
            path: {
                /** @description Cluster name */
                cluster_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Result of delete cluster request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_clusters_removed_resp"];
                };
            };
            /** @description Result of delete cluster request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_clusters_removed_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_clusters: {
        parameters: {
            query?: {
                /** @description Query reservations updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of clusters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_clusters_resp"];
                };
            };
            /** @description List of clusters */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_clusters_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_clusters: {
        parameters: {
            query?: {
                /** @description Query reservations updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Cluster add or update descriptions */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_clusters_resp"];
            };
        };
        responses: {
            /** @description Result of modify clusters request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description Result of modify clusters request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_wckey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WCKey ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Description of wckey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_wckey_resp"];
                };
            };
            /** @description Description of wckey */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_wckey_resp"];
                };
            };
        };
    };
    slurmdb_v0045_delete_wckey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WCKey ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Result of wckey deletion request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_wckey_removed_resp"];
                };
            };
            /** @description Result of wckey deletion request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_wckey_removed_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_wckeys: {
        parameters: {
            query?: {
                /** @description CSV cluster name list */
                cluster?: string;
                /** @description CSV ID list */
                id?: string;
                /** @description CSV name list */
                name?: string;
                /** @description Only query defaults */
                only_defaults?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description CSV user list */
                user?: string;
                /** @description Include usage */
                with_usage?: string;
                /** @description Include deleted WCKeys */
                with_deleted?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of wckeys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_wckey_resp"];
                };
            };
            /** @description List of wckeys */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_wckey_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_wckeys: {
        parameters: {
            query?: {
                /** @description CSV cluster name list */
                cluster?: string;
                /** @description CSV ID list */
                id?: string;
                /** @description CSV name list */
                name?: string;
                /** @description Only query defaults */
                only_defaults?: string;
                /** @description Usage end (UNIX timestamp) */
                usage_end?: string;
                /** @description Usage start (UNIX timestamp) */
                usage_start?: string;
                /** @description CSV user list */
                user?: string;
                /** @description Include usage */
                with_usage?: string;
                /** @description Include deleted WCKeys */
                with_deleted?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description wckeys description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_wckey_resp"];
            };
        };
        responses: {
            /** @description Result of wckey addition or update request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description Result of wckey addition or update request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_account: {
        parameters: {
            query?: {
                /** @description Include associations */
                with_assocs?: string;
                /** @description Include coordinators */
                with_coords?: string;
                /** @description Include deleted */
                with_deleted?: string;
            };
            header?: never;
            path: {
                /** @description Account name */
                account_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_resp"];
                };
            };
            /** @description List of accounts */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_resp"];
                };
            };
        };
    };
    slurmdb_v0045_delete_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account name */
                account_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status of account deletion request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_removed_resp"];
                };
            };
            /** @description Status of account deletion request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_removed_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_accounts_association: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Add list of accounts with conditional association */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_accounts_add_cond_resp"];
            };
        };
        responses: {
            /** @description Status of account addition request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_add_cond_resp_str"];
                };
            };
            /** @description Status of account addition request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_add_cond_resp_str"];
                };
            };
        };
    };
    slurmdb_v0045_get_accounts: {
        parameters: {
            query?: {
                /** @description CSV description list */
                description?: string;
                /** @description include deleted associations */
                DELETED?: string;
                /** @description query includes associations */
                WithAssociations?: string;
                /** @description query includes coordinators */
                WithCoordinators?: string;
                /** @description remove users as coordinators */
                NoUsersAreCoords?: string;
                /** @description users are coordinators */
                UsersAreCoords?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_resp"];
                };
            };
            /** @description List of accounts */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_accounts_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_accounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Description of accounts to update/create */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_accounts_resp"];
            };
        };
        responses: {
            /** @description Status of account update request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
            /** @description Status of account update request */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_jobs: {
        parameters: {
            query?: {
                /** @description CSV account list */
                account?: string;
                /** @description CSV association list */
                association?: string;
                /** @description CSV cluster list */
                cluster?: string;
                /** @description CSV constraint list */
                constraints?: string;
                /** @description Schedule bits not set */
                scheduler_unset?: string;
                /** @description Job was started on submit */
                scheduled_on_submit?: string;
                /** @description Job was started from main scheduler */
                scheduled_by_main?: string;
                /** @description Job was started from backfill */
                scheduled_by_backfill?: string;
                /** @description Job start RPC was received */
                job_started?: string;
                /** @description Job record has been altered */
                job_altered?: string;
                /** @description Job exit code (numeric) */
                exit_code?: string;
                /** @description Include duplicate job entries */
                show_duplicates?: string;
                /** @description Exclude job step details */
                skip_steps?: string;
                /** @description Do not truncate the time to usage_start and usage_end */
                disable_truncate_usage_time?: string;
                /** @description Include details on all hetjob components */
                whole_hetjob?: string;
                /** @description Only show details on specified hetjob components */
                disable_whole_hetjob?: string;
                /** @description Tell dbd not to wait for the result */
                disable_wait_for_result?: string;
                /** @description Use usage_time as the submit_time of the job */
                usage_time_as_submit_time?: string;
                /** @description Include job script */
                show_batch_script?: string;
                /** @description Include job environment */
                show_job_environment?: string;
                /** @description CSV group list */
                groups?: string;
                /** @description CSV job name list */
                job_name?: string;
                /** @description CSV partition name list */
                partition?: string;
                /** @description CSV QOS name list */
                qos?: string;
                /** @description CSV reason list */
                reason?: string;
                /** @description CSV reservation name list */
                reservation?: string;
                /** @description CSV reservation ID list */
                reservation_id?: string;
                /** @description CSV state list */
                state?: string;
                /** @description CSV step id list */
                step?: string;
                /** @description Usage end (UNIX timestamp) */
                end_time?: string;
                /** @description Usage start (UNIX timestamp) */
                start_time?: string;
                /** @description Ranged node string where jobs ran */
                node?: string;
                /** @description CSV user name list */
                users?: string;
                /** @description CSV WCKey list */
                wckey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of jobs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_jobs_resp"];
                };
            };
            /** @description List of jobs */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_jobs_resp"];
                };
            };
        };
    };
    slurmdb_v0045_post_jobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.45_openapi_job_modify_req"];
            };
        };
        responses: {
            /** @description Job update results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_modify_resp"];
                };
            };
            /** @description Job update results */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_job_modify_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_diag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dictionary of statistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_stats_resp"];
                };
            };
            /** @description Dictionary of statistics */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_stats_resp"];
                };
            };
        };
    };
    slurmdb_v0045_get_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results of ping test */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_ping_resp"];
                };
            };
            /** @description results of ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.45_openapi_slurmdbd_ping_resp"];
                };
            };
        };
    };
}
