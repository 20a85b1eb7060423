// Generated from docs/openapi.json by clients/sdk/scripts/gen.mjs (openapi-typescript). Do not edit.
/* eslint-disable */
export interface paths {
    "/v1/admin/assist-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * list assist campaigns
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_campaigns_v1_admin_assist_campaigns_get"];
        put?: never;
        /**
         * create an assist campaign
         * @description Needs an Idempotency-Key: a retry returns the campaign created first.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["create_campaign_v1_admin_assist_campaigns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/assist-campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * an assist campaign
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["read_campaign_v1_admin_assist_campaigns__campaign_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * edit a campaign (name, texts, end, pause / resume)
         * @description Reward and counts are fixed once created; assists already started keep their terms.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        patch: operations["edit_campaign_v1_admin_assist_campaigns__campaign_id__patch"];
        trace?: never;
    };
    "/v1/admin/assist-campaigns/{campaign_id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * flagged helps with their reasons, newest first
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["flagged_helps_v1_admin_assist_campaigns__campaign_id__flags_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/assist-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * by campaign: starts, completions, new members brought per completed assist
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["report_v1_admin_assist_report_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/assist-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * abuse rules: rate limits and flags
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["read_rules_v1_admin_assist_rules_get"];
        /**
         * set the abuse rules
         * @description Reaches every running function within 30 s.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        put: operations["put_rules_v1_admin_assist_rules_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** POST /v1/admin/auth/login */
        post: operations["admin_login_v1_admin_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke every token of the calling admin
         * @description Requires an admin token with role `analyst` or higher.
         */
        post: operations["admin_logout_v1_admin_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/birthday-reward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the birthday reward
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_birthday_reward_v1_admin_birthday_reward_get"];
        /**
         * replace the birthday reward
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["put_birthday_reward_v1_admin_birthday_reward_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * every category, hidden ones too
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_categories_v1_admin_categories_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/categories/{category_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * create or replace a category
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["admin_put_category_v1_admin_categories__category_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/checkin-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * check-in points and make-up rules
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_checkin_rules_v1_admin_checkin_rules_get"];
        /**
         * replace the check-in rules
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["put_checkin_rules_v1_admin_checkin_rules_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupon-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * create a code for a template obtained by code
         * @description Idempotent by the code itself: repeating the same creation returns the code.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["create_code_v1_admin_coupon_codes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupon-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * move a code's window, change its limits, disable it
         * @description Requires an admin token with role `operator` or higher.
         */
        patch: operations["patch_code_v1_admin_coupon_codes__code__patch"];
        trace?: never;
    };
    "/v1/admin/coupon-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * list coupon templates
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_templates_v1_admin_coupon_templates_get"];
        put?: never;
        /**
         * create a coupon template
         * @description Needs an Idempotency-Key: a retry returns the template created first.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["create_template_v1_admin_coupon_templates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupon-templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a template with its claim and use statistics
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["read_template_v1_admin_coupon_templates__template_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * edit a template (name, stock, limits, claim window, audience)
         * @description Terms and validity are fixed once created; issued coupons keep their terms.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        patch: operations["edit_template_v1_admin_coupon_templates__template_id__patch"];
        trace?: never;
    };
    "/v1/admin/coupon-templates/{template_id}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the codes of a template
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["template_codes_v1_admin_coupon_templates__template_id__codes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupon-templates/{template_id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * grant a coupon to a member (admin gift)
         * @description Needs an Idempotency-Key: the grant is keyed by it, so a retry grants nothing more.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_grant_v1_admin_coupon_templates__template_id__grants_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupon-templates/{template_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * pause claims, codes and grants
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["pause_template_v1_admin_coupon_templates__template_id__pause_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupon-templates/{template_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * resume a paused template
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["resume_template_v1_admin_coupon_templates__template_id__resume_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/crm/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CRM integrations (no keys)
         * @description Requires an admin token with role `owner` or higher.
         */
        get: operations["list_integrations_v1_admin_crm_integrations_get"];
        put?: never;
        /**
         * Add a CRM integration with scopes (Idempotency-Key required); its API key is shown once
         * @description Requires an admin token with role `owner` or higher.
         */
        post: operations["create_integration_v1_admin_crm_integrations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/crm/integrations/{integration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an integration's API key (idempotent; effective within 30 s)
         * @description Requires an admin token with role `owner` or higher.
         */
        delete: operations["revoke_integration_v1_admin_crm_integrations__integration_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * every experiment
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_experiments_v1_admin_experiments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experiments/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * create or replace an experiment
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["put_experiment_v1_admin_experiments__key__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experiments/{key}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * per-variant results with statistics and a verdict
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["experiment_results_v1_admin_experiments__key__results_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experiments/{key}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ship a variant: publish its layout on the experiment's page and stop the experiment
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["ship_variant_v1_admin_experiments__key__ship_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experiments/{key}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * start an experiment now (idempotent: a running experiment keeps its start time)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["start_experiment_v1_admin_experiments__key__start_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experiments/{key}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * stop an experiment now (idempotent: a stopped experiment keeps its stop time)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["stop_experiment_v1_admin_experiments__key__stop_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experiments/sample-size": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * members needed per variant to detect a relative effect over a baseline conversion rate
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["sample_size_v1_admin_experiments_sample_size_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/flash-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * list flash sales, latest end first
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_admin_flash_sales_v1_admin_flash_sales_get"];
        put?: never;
        /**
         * create a flash sale (opened and closed on schedule)
         * @description Needs an Idempotency-Key: a retry returns the sale created first. Creates one-time schedules for the opener (at starts_at) and the closer (at ends_at).
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["create_flash_sale_v1_admin_flash_sales_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/flash-sales/{sale_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a flash sale with its stock by shard, reminders, schedules
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["read_admin_flash_sale_v1_admin_flash_sales__sale_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * change or move a flash sale
         * @description Before it opens anything may change (its schedules move with it); once open, only the end (extend or end early) and the texts.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        patch: operations["edit_flash_sale_v1_admin_flash_sales__sale_id__patch"];
        trace?: never;
    };
    "/v1/admin/flash-sales/{sale_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * cancel a flash sale that has not opened
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["cancel_flash_sale_v1_admin_flash_sales__sale_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/gifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the catalogue, inactive gifts included
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_gifts_v1_admin_gifts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/gifts/{gift_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * create or update a gift (initial_stock applies on creation)
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["put_gift_v1_admin_gifts__gift_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/gifts/{gift_id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * add or remove stock (Idempotency-Key required)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["gift_stock_v1_admin_gifts__gift_id__stock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/group-buys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * list group-buy deals
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_admin_group_deals_v1_admin_group_buys_get"];
        put?: never;
        /**
         * create a group-buy deal
         * @description Needs an Idempotency-Key: a retry returns the deal created first.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["create_group_deal_v1_admin_group_buys_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/group-buys/{deal_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * stop new groups of a deal now
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["end_group_deal_v1_admin_group_buys__deal_id__end_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/group-buys/{deal_id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * every group of a deal, newest first: forming, formed, failed
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_admin_deal_groups_v1_admin_group_buys__deal_id__groups_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the level ladder and its growth basis
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_levels_v1_admin_levels_get"];
        /**
         * replace the level ladder
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["put_levels_v1_admin_levels_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/lives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lives ending after `ended_after` (default: 7 days ago), by end time
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_list_v1_admin_lives_get"];
        put?: never;
        /**
         * Create a live and schedule its reminders (Idempotency-Key required)
         * @description With `exclusive_coupon`, the live and its code are created together or not at all: an unknown template (COUPON_TEMPLATE_NOT_FOUND), a template not obtained by code (COUPON_NOT_CLAIMABLE) or a taken code (COUPON_CODE_EXISTS) creates nothing.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_create_v1_admin_lives_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/lives/{live_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One live with its reminder times and schedule status
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_get_v1_admin_lives__live_id__get"];
        put?: never;
        post?: never;
        /**
         * Cancel a live, delete its pending reminders, disable its exclusive code (idempotent)
         * @description Requires an admin token with role `operator` or higher.
         */
        delete: operations["admin_cancel_v1_admin_lives__live_id__delete"];
        options?: never;
        head?: never;
        /**
         * Change a live; a new start or new offsets move its reminder schedules
         * @description Any PATCH (even `{}`) also re-syncs the schedules, e.g. after schedule_status FAILED, and the exclusive code's window (start to end + grace). `exclusive_coupon` set: creates or updates the code; null: disables it.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        patch: operations["admin_patch_v1_admin_lives__live_id__patch"];
        trace?: never;
    };
    "/v1/admin/lives/{live_id}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reservations, reminders sent, reminder opens, and each reminder's progress
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_figures_v1_admin_lives__live_id__figures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/lives/{live_id}/reminders/{reminder_key}/failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members a reminder could not be delivered to, with Kuaishou's answer
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_failures_v1_admin_lives__live_id__reminders__reminder_key__failures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * find members by id, masked phone (138****1234) or nickname
         * @description An id is a GetItem; a masked phone or a nickname (exact, any case) a Query on an index.
         *
         *     Requires an admin token with role `analyst` or higher.
         */
        get: operations["search_members_v1_admin_members_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a member's profile, points and level
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["member_profile_v1_admin_members__member_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a member's check-in calendar of a month
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["member_checkins_v1_admin_members__member_id__checkins_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a member's coupons (their 卡包), as the member sees them
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["member_coupons_v1_admin_members__member_id__coupons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a member's recent domain events (the outbox keeps 7 days), newest first
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["member_events_v1_admin_members__member_id__events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a member's balance, level and ledger
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["member_points_v1_admin_members__member_id__points_get"];
        put?: never;
        /**
         * adjust a member's points with a reason (Idempotency-Key required)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["adjust_points_v1_admin_members__member_id__points_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a member's redemption codes
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["member_redemptions_v1_admin_members__member_id__redemptions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's tags
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["member_tags_v1_admin_members__member_id__tags_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{member_id}/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tag a member with a manual tag (idempotent: `changed` false when already tagged)
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["tag_member_v1_admin_members__member_id__tags__tag_id__put"];
        post?: never;
        /**
         * Remove a manual tag from a member (idempotent: `changed` false when not tagged)
         * @description Requires an admin token with role `operator` or higher.
         */
        delete: operations["untag_member_v1_admin_members__member_id__tags__tag_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * staff's order list: a store's orders of a pickup day, or a member's, newest first (paged)
         * @description With `member_id`: that member's orders (gsi1). Otherwise `store_id` is needed: the store's orders of `day` (gsi2). Both are Queries; `status` and `source` filter them.
         *
         *     Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_orders_v1_admin_orders_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * an order with its refund
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_order_v1_admin_orders__order_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{order_id}/kuaishou": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * what Kuaishou's order list shows of the order, and its settlement
         * @description A status Kuaishou refused is under kuaishou.refused (also alarmed).
         *
         *     Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_order_kuaishou_v1_admin_orders__order_id__kuaishou_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{order_id}/picked-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hand a paid order over (取餐)
         * @description Idempotent: marking it again returns it. ORDER_NOT_PICKABLE unless paid.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_picked_up_v1_admin_orders__order_id__picked_up_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{order_id}/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * check an unpaid order's payment with Kuaishou
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_reconcile_v1_admin_orders__order_id__reconcile_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{order_id}/refund/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * approve a refund: Kuaishou refunds, its callback completes it
         * @description Idempotent. Approving again retries a refund Kuaishou did not take or that failed. REFUND_AFTER_SETTLEMENT for an order settled (or being settled) with Kuaishou, whose service fee is not returned, unless confirm_fee_loss=true.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_approve_refund_v1_admin_orders__order_id__refund_approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{order_id}/refund/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reject a refund request (the order is as before)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_reject_refund_v1_admin_orders__order_id__refund_reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/page-modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the module kinds a layout may hold, each with its JSON schema (for generated forms)
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_module_schemas_v1_admin_page_modules_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pages/{page}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * make a previously published version live again
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["rollback_v1_admin_pages__page__rollback_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pages/{page}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * versions of a page, the live one marked
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_versions_v1_admin_pages__page__versions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pages/{page}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * one version of a page: its layout as saved
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_version_v1_admin_pages__page__versions__version__get"];
        /**
         * draft a layout version (immutable)
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["put_version_v1_admin_pages__page__versions__version__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pages/{page}/versions/{version}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a version as a given viewer would see it
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["preview_version_v1_admin_pages__page__versions__version__preview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pages/{page}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * make a version live (atomic)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["publish_version_v1_admin_pages__page__versions__version__publish_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pickup-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a day's pickups per store: handed over, waiting
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_pickup_summary_v1_admin_pickup_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pickups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * find an order by its pickup code (取餐码) at a store
         * @description Requires an admin token with role `operator` or higher.
         */
        get: operations["admin_pickup_v1_admin_pickups__code__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * every product, off-sale ones too (paged)
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_products_v1_admin_products_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * create or replace a product: SKUs with prices in fen, options, stores, status
         * @description Stock is set apart (PUT …/stock); orders already placed keep their prices.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        put: operations["admin_put_product_v1_admin_products__product_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{product_id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a product's shown or hidden reviews with their moderation details (paged)
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_product_reviews_v1_admin_products__product_id__reviews_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{product_id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * set the units left of a SKU (null: not limited)
         * @description Idempotent: the count replaces the previous one.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        put: operations["admin_put_stock_v1_admin_products__product_id__stock_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/push/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent campaigns with their figures
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_campaigns_v1_admin_push_campaigns_get"];
        put?: never;
        /**
         * Create a push campaign to a segment (Idempotency-Key required)
         * @description `kind`: marketing (frequency caps, quiet hours) or transactional (service messages: neither, still one credit per send).
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["create_campaign_v1_admin_push_campaigns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/push/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One campaign: targeted, sent, no credit, capped, held, failed, pending, opened
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_campaign_v1_admin_push_campaigns__campaign_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/push/campaigns/{campaign_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a campaign: freezes its segment's members and queues them (a repeat changes nothing)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["send_campaign_v1_admin_push_campaigns__campaign_id__send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/push/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent grants with their figures
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_grants_v1_admin_push_grants_get"];
        put?: never;
        /**
         * Create a coupon or points grant to a segment (Idempotency-Key required)
         * @description Exactly one of `coupon_template_id` (a template obtained by grant; stock respected) and `points` (with a `reason` for the points ledger).
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["create_grant_v1_admin_push_grants_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/push/grants/{grant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One grant: targeted, granted, sold out, failed
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_grant_v1_admin_push_grants__grant_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/push/grants/{grant_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a grant: freezes its segment's members and queues them (a repeat changes nothing)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["send_grant_v1_admin_push_grants__grant_id__send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reconciliations/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a day's reconciliation with Kuaishou: figures per store and the differences (paged)
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_reconciliation_v1_admin_reconciliations__day__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reconciliations/{day}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reconcile a day with Kuaishou now (idempotent: the day's figures are replaced)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_run_reconciliation_v1_admin_reconciliations__day__run_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/redemptions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * look up a redemption code
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_redemption_v1_admin_redemptions__code__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/redemptions/{code}/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * verify a code at the counter, exactly once (Idempotency-Key required: one per scan)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["use_redemption_v1_admin_redemptions__code__use_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * refunds by status, oldest request first (default: waiting for a decision)
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_refunds_v1_admin_refunds_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/bounce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bounce rate: sessions with one page view, by landing page
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["bounce_report_v1_admin_reports_bounce_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/business": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business trends per day: new/active members, check-ins, paid orders, GMV, coupon redemptions
         * @description The period and the previous one of the same length, with totals and their comparison.
         *
         *     Requires an admin token with role `analyst` or higher.
         */
        get: operations["business_report_v1_admin_reports_business_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/dwell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time on page: average and distribution per page
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["dwell_report_v1_admin_reports_dwell_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Funnel: visitors reaching each step in order within a window
         * @description A read: nothing changes, so no Idempotency-Key is needed.
         *
         *     Requires an admin token with role `analyst` or higher.
         */
        post: operations["funnel_report_v1_admin_reports_funnel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tap heatmap of a page: counts per grid cell and per element
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["heatmap_report_v1_admin_reports_heatmap_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/kpi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPI summary: member retention, interactions, key-path drop-off vs the previous period
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["kpi_report_v1_admin_reports_kpi_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retention cohorts by first-visit day: D1, D7, D30 (or the days asked)
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["retention_report_v1_admin_reports_retention_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Traffic sources: scene, video, live room, share
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["sources_report_v1_admin_reports_sources_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/traffic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PV and UV by day and page
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["traffic_report_v1_admin_reports_traffic_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews/{review_id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hide a review (out of the product's rating); a repeat changes nothing
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["hide_review_v1_admin_reviews__review_id__hide_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews/{review_id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * the shop's reply to a review (replaces an earlier reply)
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["reply_review_v1_admin_reviews__review_id__reply_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews/{review_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * show a hidden review again (back in the rating); a repeat changes nothing
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["restore_review_v1_admin_reviews__review_id__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Segments with their sizes
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_segments_v1_admin_segments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One segment
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_segment_v1_admin_segments__segment_id__get"];
        /**
         * Create or change a segment: dynamic (a rule) or static (uploaded ids, or a snapshot)
         * @description A rule is a JSON tree: `{all: [...]}`, `{any: [...]}`, `{not: rule}`, `{prop, op, value}` over member properties and `{count, days, op, value}` over day counters (siyu.tags.rules); a rule that does not parse is VALIDATION_ERROR naming the path, and nothing is stored. Dynamic sizes are refreshed by the hourly run; `snapshot_of` copies the members a push or grant was frozen for (idempotent: members already in are skipped).
         *
         *     Requires an admin token with role `operator` or higher.
         */
        put: operations["put_segment_v1_admin_segments__segment_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/segments/{segment_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload up to 1,000 member ids into a static segment (a set: a retry adds nothing twice)
         * @description Requires an admin token with role `operator` or higher.
         */
        post: operations["upload_members_v1_admin_segments__segment_id__members_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/segments/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate a rule's size while editing (exact for tags alone, else from a 1,000-member sample)
         * @description A rule is a JSON tree: `{all: [...]}`, `{any: [...]}`, `{not: rule}`, `{prop, op, value}` over member properties and `{count, days, op, value}` over day counters (siyu.tags.rules); a rule that does not parse is VALIDATION_ERROR naming the path, and nothing is stored.
         *
         *     Requires an admin token with role `analyst` or higher.
         */
        post: operations["estimate_v1_admin_segments_estimate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * orders by settle state, earliest due first (default: failed, staff's work queue)
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_settlements_v1_admin_settlements_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff accounts (owner)
         * @description Requires an admin token with role `owner` or higher.
         */
        get: operations["list_staff_v1_admin_staff_get"];
        put?: never;
        /**
         * Create a staff account (owner)
         * @description Requires an admin token with role `owner` or higher.
         */
        post: operations["create_staff_v1_admin_staff_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/staff/{username}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a staff account (owner); revokes its tokens
         * @description Requires an admin token with role `owner` or higher.
         */
        post: operations["disable_staff_v1_admin_staff__username__disable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/staff/{username}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled staff account (owner)
         * @description Requires an admin token with role `owner` or higher.
         */
        post: operations["enable_staff_v1_admin_staff__username__enable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/staff/{username}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a staff account's password (owner); revokes its tokens
         * @description Requires an admin token with role `owner` or higher.
         */
        put: operations["set_staff_password_v1_admin_staff__username__password_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/staff/{username}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a staff account's role (owner); revokes its tokens
         * @description Requires an admin token with role `owner` or higher.
         */
        put: operations["set_staff_role_v1_admin_staff__username__role_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * every store, open or closed
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_stores_v1_admin_stores_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/stores/{store_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * create or replace a store (hours, pickup slots)
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["admin_put_store_v1_admin_stores__store_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tags with their sizes, and when last computed
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["list_tags_v1_admin_tags_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One tag
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_tag_v1_admin_tags__tag_id__get"];
        /**
         * Create or change a manual or rule tag (the same body again changes nothing)
         * @description A rule is a JSON tree: `{all: [...]}`, `{any: [...]}`, `{not: rule}`, `{prop, op, value}` over member properties and `{count, days, op, value}` over day counters (siyu.tags.rules); a rule that does not parse is VALIDATION_ERROR naming the path, and nothing is stored. A changed rule applies at each member's next event and at the hourly run.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        put: operations["put_tag_v1_admin_tags__tag_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tags/{tag_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tag's members
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["tag_members_v1_admin_tags__tag_id__members_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * every task, enabled or not
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["get_tasks_v1_admin_tasks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * create or replace a task
         * @description Requires an admin token with role `operator` or higher.
         */
        put: operations["put_task_v1_admin_tasks__task_id__put"];
        post?: never;
        /**
         * remove a task (progress already made stays)
         * @description Requires an admin token with role `operator` or higher.
         */
        delete: operations["delete_task_v1_admin_tasks__task_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the vouchers verified on a day (default today), optionally of one store
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_vouchers_v1_admin_vouchers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/{certificate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a voucher
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_voucher_v1_admin_vouchers__certificate_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/{certificate_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * undo (撤销) a verify within the platform's window; its order is cancelled
         * @description Idempotent. VOUCHER_UNDO_EXPIRED after the window.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_cancel_voucher_v1_admin_vouchers__certificate_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/{certificate_id}/member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * link the voucher's buyer to a member: points by the merchant's rule, the first-visit coupon
         * @description Idempotent: linking the same member again finishes what was left undone.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_link_voucher_v1_admin_vouchers__certificate_id__member_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/{certificate_id}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * finish a verify that timed out from the platform's status (重新确认)
         * @description With the verify's Idempotency-Key, or by anyone once the claim's lease has passed.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_recover_voucher_v1_admin_vouchers__certificate_id__recover_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exchange the merchant's local-life authorisation code for tokens (owner)
         * @description Requires an admin token with role `owner` or higher.
         */
        post: operations["admin_authorize_v1_admin_vouchers_authorize_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/prepare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * look a voucher up by typed code or scanned QR: product, amounts, validity
         * @description Nothing is used yet. VOUCHER_NOT_FOUND, VOUCHER_USED, VOUCHER_EXPIRED, VOUCHER_OTHER_STORE, VOUCHER_RATE_LIMITED each say why a code cannot be used here.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_prepare_voucher_v1_admin_vouchers_prepare_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/reconciliations/{day}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reconcile a day's vouchers with the local-life bill (idempotent)
         * @description Differences are also listed with the day's reconciliation (GET /v1/admin/reconciliations/{day}).
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_reconcile_vouchers_v1_admin_vouchers_reconciliations__day__run_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * voucher settings
         * @description Requires an admin token with role `analyst` or higher.
         */
        get: operations["admin_voucher_settings_v1_admin_vouchers_settings_get"];
        /**
         * set stores' POI ids, the points rule and the first-visit coupon (owner)
         * @description Requires an admin token with role `owner` or higher.
         */
        put: operations["admin_put_voucher_settings_v1_admin_vouchers_settings_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/vouchers/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * verify (核销) a prepared voucher at the store, exactly once; records a ks_local order
         * @description Needs an Idempotency-Key: a retry returns the same result. Two counters at once: one verifies, the other gets VOUCHER_BUSY or VOUCHER_USED. VOUCHER_PLATFORM_TIMEOUT: the outcome is not known yet — POST …/recover with the same Idempotency-Key.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["admin_verify_voucher_v1_admin_vouchers_verify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook endpoints
         * @description Requires an admin token with role `operator` or higher.
         */
        get: operations["list_endpoints_v1_admin_webhooks_endpoints_get"];
        put?: never;
        /**
         * Add a webhook endpoint (Idempotency-Key required); the answer holds its secret, once
         * @description At most `webhook_max_endpoints` (default 5) per stack. https only in prod; plain http only to a loopback address outside prod. Events are signed per Standard Webhooks.
         *
         *     Requires an admin token with role `owner` or higher.
         */
        post: operations["create_endpoint_v1_admin_webhooks_endpoints_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One endpoint
         * @description Requires an admin token with role `operator` or higher.
         */
        get: operations["get_endpoint_v1_admin_webhooks_endpoints__endpoint_id__get"];
        put?: never;
        post?: never;
        /**
         * Remove an endpoint (idempotent); its pending deliveries end failed
         * @description Requires an admin token with role `owner` or higher.
         */
        delete: operations["delete_endpoint_v1_admin_webhooks_endpoints__endpoint_id__delete"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint's URL, types or enabled flag (re-enabling clears its failing clock)
         * @description Requires an admin token with role `owner` or higher.
         */
        patch: operations["patch_endpoint_v1_admin_webhooks_endpoints__endpoint_id__patch"];
        trace?: never;
    };
    "/v1/admin/webhooks/endpoints/{endpoint_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's deliveries, newest event first (failed ones: `status=failed`)
         * @description Requires an admin token with role `operator` or higher.
         */
        get: operations["list_deliveries_v1_admin_webhooks_endpoints__endpoint_id__deliveries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/endpoints/{endpoint_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New signing secret (shown once; Idempotency-Key required); the old one signs too for 24 h
         * @description Requires an admin token with role `owner` or higher.
         */
        post: operations["rotate_secret_v1_admin_webhooks_endpoints__endpoint_id__rotate_secret_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event as sent, its delivery per endpoint and every attempt (status, latency, first 1 KB)
         * @description Requires an admin token with role `operator` or higher.
         */
        get: operations["event_history_v1_admin_webhooks_events__event_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send events of the last 30 days again, by id or time range (Idempotency-Key required)
         * @description Same `webhook-id` and body as the first time, freshly signed; a new round of up to 10 attempts per delivery. At most 500 events per call: continue from `next_from`.
         *
         *     Requires an admin token with role `operator` or higher.
         */
        post: operations["replay_v1_admin_webhooks_replay_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assist-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * assist campaigns open now, with my starts and open assist
         * @description Requires a member token.
         */
        get: operations["open_campaigns_v1_assist_campaigns_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * start an assist (发起助力)
         * @description Returns the assist and `share` for onShareAppMessage (its path carries the assist id). While the member has an open assist in the campaign, that one is returned (replayed=true): a retried start never starts a second one.
         *
         *     Requires a member token.
         */
        post: operations["start_assist_v1_assists_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assists/{assist_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * an assist: progress, helpers, time left (anyone logged in)
         * @description Requires a member token.
         */
        get: operations["read_assist_v1_assists__assist_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assists/{assist_id}/help": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * help a friend's assist (助力)
         * @description One help per member per assist: a retry returns the first help (replayed=true). `completed` is true for the help that completed the assist (the reward is granted with it). `help.counted` is false when the abuse rules recorded the help without counting it.
         *
         *     Requires a member token.
         */
        post: operations["help_assist_v1_assists__assist_id__help_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** POST /v1/auth/login */
        post: operations["member_login_v1_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the member's session (or every session)
         * @description Requires a member token.
         */
        post: operations["member_logout_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /v1/auth/phone
         * @description Requires a member token.
         */
        post: operations["bind_phone_v1_auth_phone_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** POST /v1/auth/refresh */
        post: operations["refresh_v1_auth_refresh_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** menu categories in display order */
        get: operations["categories_v1_categories_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the month's check-in calendar, streak and today's state
         * @description Requires a member token.
         */
        get: operations["calendar_v1_checkins_get"];
        put?: never;
        /**
         * check in for today (Asia/Shanghai); a repeat returns the same result
         * @description Requires a member token.
         */
        post: operations["check_in_v1_checkins_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checkins/makeup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * make up (补签) a missed day within the window, for points
         * @description Requires a member token.
         */
        post: operations["make_up_v1_checkins_makeup_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * coupons this member can claim now, with their claim state
         * @description Requires a member token.
         */
        get: operations["coupon_centre_v1_coupons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons/{template_id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * claim a coupon (领取)
         * @description Needs an Idempotency-Key: a retry with the same key returns the same coupon (replayed=true) instead of taking another. COUPON_SOLD_OUT when the stock is gone.
         *
         *     Requires a member token.
         */
        post: operations["claim_v1_coupons__template_id__claim_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons/redeem-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * redeem a code (直播间专属优惠码)
         * @description Needs an Idempotency-Key. Codes are case-insensitive and valid only in their window.
         *
         *     Requires a member token.
         */
        post: operations["redeem_code_v1_coupons_redeem_code_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/crm/members/{external_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A contact and, when linked, the member's points, level and registration
         * @description Requires a CRM integration API key with scope `members:read`.
         */
        get: operations["member_summary_v1_crm_members__external_id__get"];
        /**
         * Upsert one contact by the CRM's external id: 201 created, 200 updated, 409 ambiguous phone
         * @description Requires a CRM integration API key with scope `members:write`.
         */
        put: operations["upsert_member_v1_crm_members__external_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/crm/members/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach an external id to the one member who bound this phone (404 none, 409 several)
         * @description Requires a CRM integration API key with scope `members:write`.
         */
        post: operations["attach_member_v1_crm_members_attach_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/crm/members/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert up to 100 contacts; each result is ok or carries its own error
         * @description Requires a CRM integration API key with scope `members:write`.
         */
        post: operations["upsert_members_v1_crm_members_batch_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/crm/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjust points of up to 100 linked contacts; each `idempotency_key` applies once
         * @description A repeated key returns the first result; the same key with another delta or reason is IDEMPOTENCY_KEY_REUSED. Balances never go below zero (POINTS_INSUFFICIENT).
         *
         *     Requires a CRM integration API key with scope `points:write`.
         */
        post: operations["adjust_points_v1_crm_points_adjustments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a batch of tracking events
         * @description Up to 200 events or 256 KiB per request, from a member (Bearer token) or an anonymous device (`X-Device-Id`). Each event is checked on its own: malformed ones are refused with reasons, the rest are stored. The response counts only stored events; a 503 EVENTS_NOT_STORED means send the batch again (events with the same id are counted once).
         *
         *     Member token optional: if sent it must be valid (else 401); without it, anonymous.
         */
        post: operations["post_events_v1_events_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{key}/exposures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the viewer was shown the experiment (recorded once)
         * @description The server assigns the variant; the answer carries the stored one, which the client must show. A differing `variant` in the request is not stored.
         *
         *     Member token optional: if sent it must be valid (else 401); without it, anonymous.
         */
        post: operations["expose_v1_experiments__key__exposures_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flash-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * upcoming and open flash sales, with the server time
         * @description No login needed. Count down from `server_time` and `seconds_to_start`, not the phone's clock.
         */
        get: operations["list_flash_sales_v1_flash_sales_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flash-sales/{sale_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * one flash sale, with my reminder and my units
         * @description Requires a member token.
         */
        get: operations["read_flash_sale_v1_flash_sales__sale_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flash-sales/{sale_id}/purchase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * take one unit at the flash-sale price (抢购)
         * @description Needs an Idempotency-Key: a retry with the same key returns the same unit and order (replayed=true). Creates the pending order at the sale price; `order.payment` is for ks.pay. An unpaid order that closes (cancel, expiry) or a refund gives the unit back.
         *
         *     Requires a member token.
         */
        post: operations["purchase_v1_flash_sales__sale_id__purchase_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flash-sales/{sale_id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * remind me when it opens (a Kuaishou subscribe message)
         * @description Call after ks.requestSubscribeMessage was accepted. Once per member and sale: a repeat answers replayed=true.
         *
         *     Requires a member token.
         */
        post: operations["remind_me_v1_flash_sales__sale_id__remind_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * gifts for points
         * @description Requires a member token.
         */
        get: operations["list_gifts_v1_gifts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gifts/{gift_id}/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exchange points for a gift (Idempotency-Key required)
         * @description Requires a member token.
         */
        post: operations["redeem_v1_gifts__gift_id__redeem_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gifts/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the member's redemption codes, newest first
         * @description Requires a member token.
         */
        get: operations["my_redemptions_v1_gifts_redemptions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group-buys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * group-buy deals one can start a group in now
         * @description No login needed.
         */
        get: operations["list_group_deals_v1_group_buys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group-buys/{deal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a deal and the groups one can still join
         * @description Requires a member token.
         */
        get: operations["read_group_deal_v1_group_buys__deal_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group-buys/{deal_id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * start a group (开团): take the first seat and its pending order at the group price
         * @description Needs an Idempotency-Key: a retry returns the same group and order. Pay `order.payment` with ks.pay, then share `group_id` for others to join. The paid order is on hold (GROUP_FORMING) until the group forms; if it fails, every payment is refunded automatically.
         *
         *     Requires a member token.
         */
        post: operations["start_group_v1_group_buys__deal_id__groups_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group-buys/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a group (the share link), with my seat
         * @description Requires a member token.
         */
        get: operations["read_group_v1_group_buys_groups__group_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group-buys/groups/{group_id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * join a group (参团): take a seat and its pending order at the group price
         * @description Once per member and group: a repeat answers replayed=true with the same order. GROUP_FULL when every seat is taken. Pay `order.payment` with ks.pay; an order left unpaid gives the seat back when it expires.
         *
         *     Requires a member token.
         */
        post: operations["join_group_v1_group_buys_groups__group_id__join_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET /v1/health */
        get: operations["health_v1_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the level ladder and the member's level, growth and benefits
         * @description Requires a member token.
         */
        get: operations["my_level_v1_levels_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upcoming and on-air lives, with my reservation state and the server time
         * @description Requires a member token.
         */
        get: operations["list_lives_v1_lives_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lives/{live_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One live (any state), with my reservation state
         * @description `exclusive_coupon.code` is shown only while the code can be redeemed (state OPEN).
         *
         *     Requires a member token.
         */
        get: operations["get_live_v1_lives__live_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lives/{live_id}/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reserve a live (records the subscribe-message consent); repeating it changes nothing
         * @description Requires a member token.
         */
        post: operations["reserve_v1_lives__live_id__reservations_post"];
        /**
         * Withdraw my reservation (idempotent)
         * @description Requires a member token.
         */
        delete: operations["withdraw_v1_lives__live_id__reservations_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /v1/me
         * @description Requires a member token.
         */
        get: operations["me_v1_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * PATCH /v1/me
         * @description Requires a member token.
         */
        patch: operations["patch_me_v1_me_patch"];
        trace?: never;
    };
    "/v1/me/assists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the assists I started, newest first
         * @description Requires a member token.
         */
        get: operations["my_assists_v1_me_assists_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * my coupons (卡包): usable, locked, used, expired
         * @description Requires a member token.
         */
        get: operations["my_coupons_v1_me_coupons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/coupons/applicable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * which of my coupons fit a cart, best saving first (a preview; orders re-check)
         * @description Requires a member token.
         */
        post: operations["my_applicable_v1_me_coupons_applicable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/flash-purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * my flash-sale units, newest first
         * @description Requires a member token.
         */
        get: operations["my_flash_purchases_v1_me_flash_purchases_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/group-buys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * my groups, newest first
         * @description Requires a member token.
         */
        get: operations["my_groups_v1_me_group_buys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * my orders, newest first (paged)
         * @description Requires a member token.
         */
        get: operations["my_orders_v1_orders_get"];
        put?: never;
        /**
         * create an order and its Kuaishou payment (下单)
         * @description Needs an Idempotency-Key: a retry returns the same order (`replayed: true`). The server prices the order (client prices are ignored), applies the level discount and the coupon, reserves stock and the pickup slot, locks the coupon, and returns `order.payment` for ks.pay. Unpaid orders close at `expires_at`.
         *
         *     Requires a member token.
         */
        post: operations["create_order_v1_orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * one of my orders (pickup code once paid, ks.pay params while unpaid)
         * @description Requires a member token.
         */
        get: operations["my_order_v1_orders__order_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * cancel an unpaid order: stock, slot and coupon return
         * @description Idempotent: cancelling a cancelled order returns it. ORDER_ALREADY_PAID if it was paid.
         *
         *     Requires a member token.
         */
        post: operations["cancel_order_v1_orders__order_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/lines/{line}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * review one line of my picked-up order (once per line; a retry returns it)
         * @description Rating 1–5, text up to 500 characters, up to 6 https photo URLs. The text is moderated before it is stored: refused text is REVIEW_TEXT_REJECTED and nothing is stored. The same body again returns the stored review (`created: false`); another body is REVIEW_EXISTS. The day's first review completes the daily comment task.
         *
         *     Requires a member token.
         */
        put: operations["submit_review_v1_orders__order_id__lines__line__review_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * check the payment with Kuaishou (after ks.pay succeeded, before the callback)
         * @description Requires a member token.
         */
        post: operations["reconcile_order_v1_orders__order_id__reconcile_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ask for a refund of a paid order (staff approve it)
         * @description Idempotent: asking again while the refund is open returns the order.
         *
         *     Requires a member token.
         */
        post: operations["request_refund_v1_orders__order_id__refund_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{order_id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the lines of my order and my review of each
         * @description Requires a member token.
         */
        get: operations["my_order_reviews_v1_orders__order_id__reviews_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * price a cart as an order would (nothing is reserved)
         * @description Same body as POST /v1/orders. Prices come from the catalogue, never from the client.
         *
         *     Requires a member token.
         */
        post: operations["quote_order_v1_orders_quote_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pages/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the published layout of a page for this viewer
         * @description Member token optional: if sent it must be valid (else 401); without it, anonymous.
         */
        get: operations["get_page_v1_pages__page__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/kuaishou/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kuaishou payment, refund and settle callbacks (called by Kuaishou, signed with kwaisign)
         * @description Answers {"result": 1, "message_id": …} once the callback is applied; 401 for a wrong signature.
         */
        post: operations["kuaishou_notify_v1_payments_kuaishou_notify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * points balance and ledger, newest first
         * @description Requires a member token.
         */
        get: operations["my_points_v1_points_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the menu: products on sale, by category, optionally for one store (paged) */
        get: operations["products_v1_products_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** a product with its SKUs, options and stock left */
        get: operations["product_v1_products__product_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** a product's rating and its reviews, newest first (paged) */
        get: operations["product_reviews_v1_products__product_id__reviews_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the answer of ks.requestSubscribeMessage: each accept is one message Siyu may send
         * @description Idempotency-Key required: a retry of the same request adds no credit. Answers the credits left per template named.
         *
         *     Requires a member token.
         */
        post: operations["record_subscriptions_v1_push_subscriptions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * recommended products for the home page, the cart or after an order
         * @description `home`: from my purchases (bought today demoted); `cart`: bought with the cart's `items`; `after_order`: bought with `order_id`'s products. Without a login or a history: popular in the store at this time of day (Asia/Shanghai).
         *
         *     Member token optional: if sent it must be valid (else 401); without it, anonymous.
         */
        get: operations["recommendations_v1_recommendations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** open stores, with opening hours and pickup rules */
        get: operations["stores_v1_stores_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{store_id}/pickup-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * a day's pickup slots (预约取餐) with places left
         * @description `available` slots can be sent as `pickup_slot` when ordering.
         */
        get: operations["pickup_slots_v1_stores__store_id__pickup_slots_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * tasks with today's progress
         * @description Requires a member token.
         */
        get: operations["list_tasks_v1_tasks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * report a share or browse task done (Idempotency-Key required)
         * @description Requires a member token.
         */
        post: operations["complete_task_v1_tasks__task_id__complete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * start a browse task: the server times it
         * @description Requires a member token.
         */
        post: operations["start_task_v1_tasks__task_id__start_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vouchers/{certificate_id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a voucher buyer who scanned the counter's join QR claims the voucher as a member
         * @description Requires a member token.
         */
        post: operations["join_voucher_v1_vouchers__certificate_id__join_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "coupon.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a coupon ran out unused (reserved: sent once the coupons capability emits CouponExpired)
         * @description From the domain event `CouponExpired`. Aggregate `coupon:coupon_id`; `data` holds `member_id` and `coupon_id`, `template_id`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "coupon.expired",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "coupon:01JEXAMPLECOUPON00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "coupon_id": "01JEXAMPLECOUPON00000000000",
                     *         "template_id": "tpl-5off"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "coupon.issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a coupon reached the member's wallet (claimed, gift, live code)
         * @description From the domain event `CouponClaimed`. Aggregate `coupon:coupon_id`; `data` holds `member_id` and `coupon_id`, `template_id`, `channel`, `valid_until`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "coupon.issued",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "coupon:01JEXAMPLECOUPON00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "coupon_id": "01JEXAMPLECOUPON00000000000",
                     *         "template_id": "tpl-5off",
                     *         "channel": "claim",
                     *         "valid_until": "2026-12-31T15:59:59.999Z"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "coupon.used": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a coupon was consumed by a paid order
         * @description From the domain event `CouponUsed`. Aggregate `coupon:coupon_id`; `data` holds `member_id` and `coupon_id`, `order_id`, `template_id`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "coupon.used",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "coupon:01JEXAMPLECOUPON00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "coupon_id": "01JEXAMPLECOUPON00000000000",
                     *         "order_id": "01JEXAMPLEORDER000000000000",
                     *         "template_id": "tpl-5off"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.level_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the member reached a higher level
         * @description From the domain event `LevelUpgraded`. Aggregate `member`; `data` holds `member_id` and `from`, `to`, `name`, `growth`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "member.level_changed",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "member:01JEXAMPLEMEMBER00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "from": "silver",
                     *         "to": "gold",
                     *         "name": "金卡",
                     *         "growth": 1200
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.registered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a Kuaishou user became a member (first login)
         * @description From the domain event `MemberRegistered`. Aggregate `member`; `data` holds `member_id` and `source`, `inviter_id`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "member.registered",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "member:01JEXAMPLEMEMBER00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "source": "kuaishou"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the member's profile changed (nickname, avatar, birthday, phone bound)
         * @description From the domain event `MemberUpdated`. Aggregate `member`; `data` holds `member_id` and `fields`, `phone_masked`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "member.updated",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "member:01JEXAMPLEMEMBER00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "fields": [
                     *           "phone"
                     *         ],
                     *         "phone_masked": "138****0000"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * an order was paid through Kuaishou
         * @description From the domain event `OrderPaid`. Aggregate `order:order_id`; `data` holds `member_id` and `order_id`, `amount_fen`, `store_id`, `pickup_slot`, `coupon_id`, `points`, `first_order`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "order.paid",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "order:01JEXAMPLEORDER000000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "order_id": "01JEXAMPLEORDER000000000000",
                     *         "amount_fen": 2800,
                     *         "store_id": "sh-jingan",
                     *         "pickup_slot": "12:00",
                     *         "coupon_id": null,
                     *         "points": 28,
                     *         "first_order": true
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.picked_up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * staff handed the order over in store
         * @description From the domain event `OrderPickedUp`. Aggregate `order:order_id`; `data` holds `member_id` and `order_id`, `store_id`, `pickup_slot`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "order.picked_up",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "order:01JEXAMPLEORDER000000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "order_id": "01JEXAMPLEORDER000000000000",
                     *         "store_id": "sh-jingan",
                     *         "pickup_slot": "12:00"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a paid order's refund completed
         * @description From the domain event `OrderRefunded`. Aggregate `order:order_id`; `data` holds `member_id` and `order_id`, `refund_id`, `amount_fen`, `store_id`, `coupon_restored`, `points_taken`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "order.refunded",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "order:01JEXAMPLEORDER000000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "order_id": "01JEXAMPLEORDER000000000000",
                     *         "refund_id": "R01JEXAMPLEORDER000000000000",
                     *         "amount_fen": 2800,
                     *         "store_id": "sh-jingan",
                     *         "coupon_restored": false,
                     *         "points_taken": 28
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "points.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * points were added or taken (ledger entry; `sequence` is the ledger's own sequence)
         * @description From the domain event `PointsChanged`. Aggregate `points`; `data` holds `member_id` and `delta`, `reason`, `balance_after`, `source`, `ref`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "points.changed",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "points:01JEXAMPLEMEMBER00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "delta": 20,
                     *         "reason": "每日签到",
                     *         "balance_after": 120,
                     *         "source": "checkin",
                     *         "ref": "2026-12-07"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tags.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the member's tags changed (manual, by a rule after an event, or by the hourly/nightly run)
         * @description From the domain event `TagsChanged`. Aggregate `tags`; `data` holds `member_id` and `added`, `removed`, `by`. Answer 2xx within 15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the domain event's id: the same on every retry and replay; deduplicate on it */
                    "webhook-id": string;
                    /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated (two during the 24 h after a rotation) */
                    "webhook-signature": string;
                    /** @description Unix seconds of this attempt; refuse it more than 5 minutes off */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "tags.changed",
                     *       "timestamp": "2026-12-07T04:05:06.789Z",
                     *       "occurred_at": "2026-12-07T04:05:06.789Z",
                     *       "aggregate": "tags:01JEXAMPLEMEMBER00000000000",
                     *       "sequence": 3,
                     *       "data": {
                     *         "member_id": "01JEXAMPLEMEMBER00000000000",
                     *         "added": [
                     *           "life-active",
                     *           "repeat-buyer"
                     *         ],
                     *         "removed": [
                     *           "life-new"
                     *         ],
                     *         "by": "event"
                     *       }
                     *     }
                     */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description received (any 2xx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** AdjustIn */
        AdjustIn: {
            /**
             * Delta
             * @description points to add (negative: take)
             */
            delta: number;
            /**
             * Reason
             * @description shown to the member in the ledger
             */
            reason: string;
        };
        /** AdminGift */
        AdminGift: {
            /** Active */
            active: boolean;
            /** Description */
            description: string;
            /** Gift Id */
            gift_id: string;
            /** Image Url */
            image_url: string | null;
            /** In Stock */
            in_stock: boolean;
            /** Name */
            name: string;
            /** Per Member Limit */
            per_member_limit: number;
            /** Points Cost */
            points_cost: number;
            /** Redeemed Count */
            redeemed_count: number;
            /** Sort */
            sort: number;
            /** Stock */
            stock: number;
            /** Updated At */
            updated_at: string | null;
            /** Updated By */
            updated_by: string | null;
            /** Valid Days */
            valid_days: number;
        };
        /** AdminGifts */
        AdminGifts: {
            /** Gifts */
            gifts: components["schemas"]["AdminGift"][];
        };
        /** AdminGrantRequest */
        AdminGrantRequest: {
            /** Member Id */
            member_id: string;
        };
        /** AdminLive */
        AdminLive: {
            /** Cover Url */
            cover_url: string;
            /** Created At */
            created_at: string;
            /** Ends At */
            ends_at: string;
            exclusive_coupon: components["schemas"]["ExclusiveCouponAdmin"] | null;
            /** Host Name */
            host_name: string;
            /** Live Id */
            live_id: string;
            /** Live Room */
            live_room: string;
            /** Reminder Offsets */
            reminder_offsets: number[];
            /** Reminders */
            reminders: components["schemas"]["ReminderTime"][];
            /** Revision */
            revision: number;
            /** Schedule Status */
            schedule_status: string;
            /** Schedule Version */
            schedule_version: number;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "UPCOMING" | "ON_AIR" | "ENDED" | "CANCELLED";
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Updated At */
            updated_at: string;
        };
        /** AdminLives */
        AdminLives: {
            /** Lives */
            lives: components["schemas"]["AdminLive"][];
        };
        /** AdminLoginRequest */
        AdminLoginRequest: {
            /** Password */
            password: string;
            /** Username */
            username: string;
        };
        /** AdminProductReviews */
        AdminProductReviews: {
            /** Next Cursor */
            next_cursor: string | null;
            rating: components["schemas"]["Rating"];
            /** Reviews */
            reviews: components["schemas"]["AdminReview"][];
        };
        /** AdminReview */
        AdminReview: {
            /**
             * Author
             * @description the member's nickname, masked
             */
            author: string;
            /** Created At */
            created_at: string;
            /** Hidden By */
            hidden_by: string | null;
            /** Hidden Reason */
            hidden_reason: string | null;
            /** Line */
            line: number;
            /** Member Id */
            member_id: string;
            /**
             * Moderation
             * @description the checker that passed the text
             */
            moderation: string;
            /** Order Id */
            order_id: string;
            /** Photos */
            photos: string[];
            /** Product Id */
            product_id: string;
            /** Product Name */
            product_name: string;
            /** Rating */
            rating: number;
            /** Replied At */
            replied_at: string | null;
            /** Replied By */
            replied_by: string | null;
            /**
             * Reply
             * @description the shop's reply
             */
            reply: string | null;
            /**
             * Review Id
             * @description <order_id>-<line, 2 digits>: the staff routes' id
             */
            review_id: string;
            /** Sku Name */
            sku_name: string;
            /**
             * Status
             * @description SHOWN | HIDDEN (hidden by the shop)
             */
            status: string;
            /** Store Id */
            store_id: string;
            /** Text */
            text: string;
            /** Updated At */
            updated_at: string;
        };
        /** AdminSaleDetail */
        AdminSaleDetail: {
            reminders: components["schemas"]["ReminderCounts"];
            sale: components["schemas"]["AdminSaleView"];
            schedules: components["schemas"]["SaleSchedules"];
            stock: components["schemas"]["SaleStock"];
        };
        /** AdminSales */
        AdminSales: {
            /** Sales */
            sales: components["schemas"]["AdminSaleView"][];
        };
        /** AdminSaleView */
        AdminSaleView: {
            /** Closed At */
            closed_at: string | null;
            /** Created At */
            created_at: string;
            /** Created By */
            created_by: string | null;
            /** Description */
            description: string;
            /** Ends At */
            ends_at: string;
            /** Hold Seconds */
            hold_seconds: number;
            /** Image Url */
            image_url: string | null;
            /** Levels */
            levels: string[];
            /** Name */
            name: string;
            /** Opened At */
            opened_at: string | null;
            /** Original Price Fen */
            original_price_fen: number | null;
            /** Per Member Limit */
            per_member_limit: number;
            /** Sale Id */
            sale_id: string;
            /** Sale Price Fen */
            sale_price_fen: number;
            /**
             * Seconds To End
             * @description 0 once ended
             */
            seconds_to_end: number;
            /**
             * Seconds To Start
             * @description 0 once started
             */
            seconds_to_start: number;
            /** Shard Count */
            shard_count: number;
            /** Sku */
            sku: string;
            /** Sku Id */
            sku_id: string | null;
            /** Sold Out */
            sold_out: boolean;
            /** Sold Out At */
            sold_out_at: string | null;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "upcoming" | "open" | "sold_out" | "ended" | "cancelled";
            /** Status */
            status: string;
            /** Stock */
            stock: number;
            /** Store Id */
            store_id: string | null;
            /** Updated At */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** AdminSession */
        AdminSession: {
            /** Access Token */
            access_token: string;
            /** Admin Id */
            admin_id: string;
            /** Expires In */
            expires_in: number;
            /** Role */
            role: string;
            /**
             * Token Type
             * @constant
             */
            token_type: "Bearer";
        };
        /** ApplicableRequest */
        ApplicableRequest: {
            cart: components["schemas"]["Cart"];
        };
        /** AssistEntry */
        AssistEntry: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Campaign Id */
            campaign_id: string;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "assist_entry";
            /** Title */
            title?: string | null;
        };
        /** AssistRules */
        AssistRules: {
            /**
             * @description more helps than this for one initiator within the window are flagged INITIATOR_BURST
             * @default {
             *       "max": 8,
             *       "minutes": 5
             *     }
             */
            burst: components["schemas"]["Window"];
            /**
             * Count Flagged
             * @description false: flagged helps are recorded for review but do not count
             * @default true
             */
            count_flagged: boolean;
            /**
             * Fresh Account Minutes
             * @description a helper whose account is younger than this is flagged FRESH_ACCOUNT (0: off)
             * @default 2
             */
            fresh_account_minutes: number;
            /**
             * @description helps one member may give, across all campaigns (over it: ASSIST_HELPER_RATE_LIMITED)
             * @default {
             *       "max": 10,
             *       "minutes": 60
             *     }
             */
            helper_limit: components["schemas"]["Window"];
            /**
             * @description helps one member's assists may receive (over it: ASSIST_INITIATOR_RATE_LIMITED)
             * @default {
             *       "max": 60,
             *       "minutes": 60
             *     }
             */
            initiator_limit: components["schemas"]["Window"];
        };
        /** AssistView */
        AssistView: {
            /** Assist Id */
            assist_id: string;
            /** Campaign Id */
            campaign_id: string;
            /** Campaign Name */
            campaign_name: string;
            /** Completed At */
            completed_at: string | null;
            /** Expires At */
            expires_at: string;
            /** Helpers */
            helpers?: components["schemas"]["Helper"][] | null;
            /** Helps */
            helps: number;
            /** Helps Left */
            helps_left: number;
            /** Helps Needed */
            helps_needed: number;
            initiator: components["schemas"]["Person"];
            reward: components["schemas"]["Reward"];
            /** Seconds Left */
            seconds_left: number;
            share: components["schemas"]["Share"];
            /** Started At */
            started_at: string;
            /** State */
            state: string;
            viewer?: components["schemas"]["ViewerState"] | null;
        };
        /** AttachIn */
        AttachIn: {
            /** External Id */
            external_id: string;
            /** Phone */
            phone: string;
        };
        /** Audience */
        Audience: {
            /** Max Level Rank */
            max_level_rank?: number | null;
            /** Min Level Rank */
            min_level_rank?: number | null;
            /**
             * New Member Days
             * @default 30
             */
            new_member_days: number;
            /**
             * New Members Only
             * @default false
             */
            new_members_only: boolean;
        };
        /** Authorized */
        Authorized: {
            /** Authorized */
            authorized: boolean;
            /** Merchant Open Id */
            merchant_open_id: string;
        };
        /** AuthorizeIn */
        AuthorizeIn: {
            /**
             * Code
             * @description the authorisation code of the platform's callback
             */
            code: string;
        };
        /** BannerCarousel */
        BannerCarousel: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Id */
            id: string;
            /**
             * Interval Ms
             * @default 4000
             */
            interval_ms: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "banner_carousel";
            /** Slides */
            slides: components["schemas"]["Slide"][];
        };
        /** BatchResults */
        BatchResults: {
            /** Results */
            results: {
                [key: string]: unknown;
            }[];
        };
        /** BirthdayRule */
        BirthdayRule: {
            /**
             * Coupon Template Id
             * @description granted once the coupons capability is live
             */
            coupon_template_id?: string | null;
            /**
             * Enabled
             * @default true
             */
            enabled: boolean;
            /**
             * Points
             * @default 0
             */
            points: number;
        };
        /** BounceByPage */
        BounceByPage: {
            /** Bounce Rate */
            bounce_rate: number | null;
            /**
             * Bounced
             * @description sessions with exactly one page view
             */
            bounced: number;
            /** Landing Page */
            landing_page: string;
            /**
             * Sessions
             * @description sessions with at least one page view
             */
            sessions: number;
        };
        /** BounceReport */
        BounceReport: {
            /** By Landing Page */
            by_landing_page: components["schemas"]["BounceByPage"][];
            /** Page */
            page: string | null;
            period: components["schemas"]["PeriodOut"];
            /** Segment */
            segment: string;
            total: components["schemas"]["BounceStats"];
        };
        /** BounceStats */
        BounceStats: {
            /** Bounce Rate */
            bounce_rate: number | null;
            /**
             * Bounced
             * @description sessions with exactly one page view
             */
            bounced: number;
            /**
             * Sessions
             * @description sessions with at least one page view
             */
            sessions: number;
        };
        /** BusinessCounts */
        BusinessCounts: {
            /**
             * Active Members
             * @description distinct members with any event that day (a total: per period)
             */
            active_members: number;
            /** Checkins */
            checkins: number;
            /** Coupon Redemptions */
            coupon_redemptions: number;
            /**
             * Gmv Fen
             * @description paid order amounts, fen
             */
            gmv_fen: number;
            /** New Members */
            new_members: number;
            /**
             * Orders
             * @description paid orders
             */
            orders: number;
        };
        /** BusinessDay */
        BusinessDay: {
            /**
             * Active Members
             * @description distinct members with any event that day (a total: per period)
             */
            active_members: number;
            /** Checkins */
            checkins: number;
            /** Coupon Redemptions */
            coupon_redemptions: number;
            /** Day */
            day: string;
            /**
             * Gmv Fen
             * @description paid order amounts, fen
             */
            gmv_fen: number;
            /** New Members */
            new_members: number;
            /**
             * Orders
             * @description paid orders
             */
            orders: number;
        };
        /** BusinessReport */
        BusinessReport: {
            /**
             * By Day
             * @description every day of the period, zeros included
             */
            by_day: components["schemas"]["BusinessDay"][];
            /**
             * Comparison
             * @description each count of `total` against the previous period
             */
            comparison: {
                [key: string]: components["schemas"]["KpiComparison"];
            };
            period: components["schemas"]["PeriodOut"];
            /** Previous By Day */
            previous_by_day: components["schemas"]["BusinessDay"][];
            previous_period: components["schemas"]["PeriodOut"];
            previous_total: components["schemas"]["BusinessCounts"];
            total: components["schemas"]["BusinessCounts"];
        };
        /** CalendarDay */
        CalendarDay: {
            /** Can Make Up */
            can_make_up: boolean;
            /** Checked In */
            checked_in: boolean;
            /** Day */
            day: string;
            /** Makeup */
            makeup: boolean;
            /** Points */
            points: number;
        };
        /**
         * CallbackAnswer
         * @description What Kuaishou expects back: result 1 once applied; anything else makes it push again.
         */
        CallbackAnswer: {
            /** Error Msg */
            error_msg?: string | null;
            /** Message Id */
            message_id: string | null;
            /** Result */
            result: number;
        };
        /**
         * CampaignIn
         * @description A new campaign.
         */
        CampaignIn: {
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Ends At
             * Format: date-time
             * @description no assist starts after this, and every assist expires by it
             */
            ends_at: string;
            /**
             * Helps Needed
             * @description helps that complete an assist (N)
             */
            helps_needed: number;
            /**
             * Helps Per Helper Per Day
             * @description helps one member may give per day across the campaign's assists
             * @default 3
             */
            helps_per_helper_per_day: number;
            /**
             * Hours To Complete
             * @description an assist expires this long after it starts
             */
            hours_to_complete: number;
            /**
             * Max Starts Per Member
             * @description assists one member may start
             * @default 1
             */
            max_starts_per_member: number;
            /**
             * Message Template Id
             * @description Kuaishou subscribe-message template sent to the initiator on completion (data: thing01 = campaign name, thing02 = reward)
             */
            message_template_id?: string | null;
            /** Name */
            name: string;
            /**
             * New Helpers
             * @description who may help: anyone, or only members whose first login is after the campaign (since_campaign) or the assist (since_assist) started
             * @default any
             * @enum {string}
             */
            new_helpers: "any" | "since_campaign" | "since_assist";
            /** Reward */
            reward: components["schemas"]["CouponReward"] | components["schemas"]["PointsReward"];
            /** Share Image Url */
            share_image_url?: string | null;
            /**
             * Share Page
             * @description mini-program page that opens a shared assist (gets ?assist_id=…)
             * @default pages/assist/detail
             */
            share_page: string;
            /** Share Title */
            share_title?: string | null;
            /**
             * Starts At
             * @description default: now
             */
            starts_at?: string | null;
        };
        /**
         * CampaignPatch
         * @description What may change after creation; reward and counts are fixed (create a new campaign).
         *     Assists already started keep their terms and expiry.
         */
        CampaignPatch: {
            /** Description */
            description?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** Message Template Id */
            message_template_id?: string | null;
            /** Name */
            name?: string | null;
            /** Share Image Url */
            share_image_url?: string | null;
            /** Share Title */
            share_title?: string | null;
            /**
             * Status
             * @description PAUSED: no new assists and no helps (within 30 s everywhere)
             */
            status?: ("ACTIVE" | "PAUSED") | null;
        };
        /** CampaignReport */
        CampaignReport: {
            /** Campaign Id */
            campaign_id: string;
            /** Completion Rate */
            completion_rate: number;
            /** Completions */
            completions: number;
            /** Flagged */
            flagged: number;
            /** Helps */
            helps: number;
            /** Helps Needed */
            helps_needed: number;
            /** Name */
            name: string;
            /** New Members */
            new_members: number;
            /** New Members Completed */
            new_members_completed: number;
            /** Rewards Failed */
            rewards_failed: number;
            /** Starts */
            starts: number;
            /** State */
            state: string;
            /** Uncounted */
            uncounted: number;
            /** Viral Coefficient */
            viral_coefficient: number;
        };
        /** CampaignReports */
        CampaignReports: {
            /** Campaigns */
            campaigns: components["schemas"]["CampaignReport"][];
        };
        /** Campaigns */
        Campaigns: {
            /** Campaigns */
            campaigns: components["schemas"]["CampaignView"][];
        };
        /**
         * CampaignSpec
         * @description A campaign as an operator creates it.
         */
        CampaignSpec: {
            /**
             * Data
             * @description template fields, e.g. {"thing01": "周末满减"} (≤ 20 characters each)
             */
            data: {
                [key: string]: string;
            };
            /**
             * Kind
             * @default marketing
             * @enum {string}
             */
            kind: "marketing" | "transactional";
            /** Name */
            name: string;
            /**
             * Page
             * @description mini-program page path, e.g. pages/coupons/index?id=…
             */
            page: string;
            /** Segment Id */
            segment_id: string;
            /** Template Id */
            template_id: string;
        };
        /** CampaignView */
        CampaignView: {
            /** Campaign Id */
            campaign_id: string;
            /** Created At */
            created_at: string;
            /** Description */
            description: string;
            /** Ends At */
            ends_at: string;
            /** Helps Needed */
            helps_needed: number;
            /** Helps Per Helper Per Day */
            helps_per_helper_per_day: number;
            /** Hours To Complete */
            hours_to_complete: number;
            /** Max Starts Per Member */
            max_starts_per_member: number;
            /** Message Template Id */
            message_template_id: string | null;
            /** Name */
            name: string;
            /**
             * New Helpers
             * @enum {string}
             */
            new_helpers: "any" | "since_campaign" | "since_assist";
            /** Reward */
            reward: components["schemas"]["CouponReward"] | components["schemas"]["PointsReward"];
            /** Reward Name */
            reward_name: string;
            /** Share Image Url */
            share_image_url: string | null;
            /** Share Page */
            share_page: string;
            /** Share Title */
            share_title: string | null;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "scheduled" | "open" | "ended" | "paused";
            /** Status */
            status: string;
            /** Updated At */
            updated_at: string;
        };
        /**
         * Cart
         * @description What the order flow asks about: the store, the lines and the goods total (fen).
         */
        Cart: {
            /**
             * Is First Order
             * @default false
             */
            is_first_order: boolean;
            /** Lines */
            lines: components["schemas"]["CartLine"][];
            /** Store Id */
            store_id: string;
            /**
             * Subtotal Fen
             * @description goods total before any discount
             */
            subtotal_fen: number;
        };
        /** CartLine */
        CartLine: {
            /** Category Id */
            category_id: string;
            /** Product Id */
            product_id: string;
            /** Quantity */
            quantity: number;
            /**
             * Unit Price Fen
             * @description amount in fen (分), 100 = ¥1.00
             */
            unit_price_fen: number;
        };
        /** Categories */
        Categories: {
            /** Categories */
            categories: components["schemas"]["CategoryView"][];
        };
        /** CategoryIn */
        CategoryIn: {
            /** Name */
            name: string;
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /**
             * Visible
             * @default true
             */
            visible: boolean;
        };
        /** CategoryView */
        CategoryView: {
            /** Category Id */
            category_id: string;
            /** Name */
            name: string;
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /**
             * Visible
             * @default true
             */
            visible: boolean;
        };
        /** CheckinCalendar */
        CheckinCalendar: {
            /** Checked In Today */
            checked_in_today: boolean;
            /** Days */
            days: components["schemas"]["CalendarDay"][];
            makeup: components["schemas"]["MakeupState"];
            /** Month */
            month: string;
            /** Next Checkin Points */
            next_checkin_points: number;
            /** Streak */
            streak: number;
            /** Today */
            today: string;
            /** Total Checkins */
            total_checkins: number;
        };
        /** CheckinEntry */
        CheckinEntry: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "checkin_entry";
            /**
             * Title
             * @default 每日签到
             */
            title: string;
        };
        /** CheckinOut */
        CheckinOut: {
            /** Day */
            day: string;
            /**
             * First Time
             * @description false when the day was already checked in: nothing awarded now
             */
            first_time: boolean;
            /** Makeup */
            makeup: boolean;
            /**
             * Points
             * @description points for this check-in (task points appear in the ledger)
             */
            points: number;
            /** Streak */
            streak: number;
        };
        /**
         * CheckinRules
         * @description Points per check-in: `base_points` plus the bonus of the streak day reached.
         */
        CheckinRules: {
            /**
             * Base Points
             * @default 5
             */
            base_points: number;
            /**
             * Cycle Days
             * @description bonuses repeat every N days of a streak (e.g. 7)
             */
            cycle_days?: number | null;
            /**
             * Makeup Cost Points
             * @default 0
             */
            makeup_cost_points: number;
            /**
             * Makeup Max Per Month
             * @default 3
             */
            makeup_max_per_month: number;
            /**
             * Makeup Window Days
             * @description a missed day within this many days may be made up; 0 = off
             * @default 0
             */
            makeup_window_days: number;
            /** Streak Bonuses */
            streak_bonuses?: components["schemas"]["StreakBonus"][];
        };
        /** Choice */
        Choice: {
            /** Choice Id */
            choice_id: string;
            /** Name */
            name: string;
            /**
             * Price Delta Fen
             * @description added to the SKU price
             * @default 0
             */
            price_delta_fen: number;
        };
        /** ChosenOption */
        ChosenOption: {
            /** Choice Id */
            choice_id: string;
            /** Group Id */
            group_id: string;
            /** Group Name */
            group_name: string;
            /** Name */
            name: string;
            /** Price Delta Fen */
            price_delta_fen: number;
        };
        /** ClaimableCoupon */
        ClaimableCoupon: {
            /** Claim Ends At */
            claim_ends_at: string;
            /** Claimed By Me */
            claimed_by_me: number;
            /** Description */
            description: string;
            /** Headline */
            headline: string;
            /** Name */
            name: string;
            /** Per Member Limit */
            per_member_limit: number;
            /**
             * State
             * @enum {string}
             */
            state: "claimable" | "limit_reached" | "sold_out" | "not_eligible";
            /** Stock Left */
            stock_left: number | null;
            /** Template Id */
            template_id: string;
            terms: components["schemas"]["Terms"];
            /** Validity */
            validity: {
                [key: string]: unknown;
            };
        };
        /** CodeCreateRequest */
        CodeCreateRequest: {
            /** Code */
            code: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /** Max Uses */
            max_uses: number;
            /**
             * Per Member Limit
             * @default 1
             */
            per_member_limit: number;
            /**
             * Source
             * @default admin
             */
            source: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Template Id */
            template_id: string;
        };
        /** CodePatchRequest */
        CodePatchRequest: {
            /** Ends At */
            ends_at?: string | null;
            /** Max Uses */
            max_uses?: number | null;
            /** Per Member Limit */
            per_member_limit?: number | null;
            /** Starts At */
            starts_at?: string | null;
            /** Status */
            status?: ("ACTIVE" | "DISABLED") | null;
        };
        /** Codes */
        Codes: {
            /** Codes */
            codes: components["schemas"]["CodeView"][];
        };
        /** CodeView */
        CodeView: {
            /** Code */
            code: string;
            /** Ends At */
            ends_at: string;
            /** Max Uses */
            max_uses: number;
            /** Per Member Limit */
            per_member_limit: number;
            /** Source */
            source: string;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "scheduled" | "live" | "ended" | "used_up" | "disabled";
            /** Status */
            status: string;
            /** Template Id */
            template_id: string;
            /** Uses */
            uses: number;
        };
        /** CollectResult */
        CollectResult: {
            /**
             * Accepted
             * @description events stored
             */
            accepted: number;
            /** Received At */
            received_at: string;
            /**
             * Rejected
             * @description events refused, with why; do not resend them
             */
            rejected: components["schemas"]["EventRejection"][];
        };
        /** CommentTask */
        CommentTask: {
            /** Completed */
            completed: boolean;
            /** Done */
            done: number;
            /** Limit */
            limit: number;
            /** Points */
            points: number;
            /** Task Id */
            task_id: string;
        };
        /** ContactBatch */
        ContactBatch: {
            /** Members */
            members: components["schemas"]["ContactIn"][];
        };
        /** ContactIn */
        ContactIn: {
            /**
             * Attributes
             * @description kept as sent (CRM tier, tags, store)
             */
            attributes?: {
                [key: string]: string | number | boolean | null;
            } | null;
            /**
             * External Id
             * @description the CRM's id of the customer
             */
            external_id: string;
            /** Name */
            name?: string | null;
            /**
             * Phone
             * @description mainland mobile, 11 digits
             */
            phone?: string | null;
        };
        /** ContactSummary */
        ContactSummary: {
            /** Attributes */
            attributes: {
                [key: string]: unknown;
            };
            /** External Id */
            external_id: string;
            /** Linked */
            linked: boolean;
            member: components["schemas"]["MemberFigures"] | null;
            /** Member Id */
            member_id: string | null;
            /** Name */
            name: string | null;
            /** Updated At */
            updated_at: string;
        };
        /** CouponBlock */
        CouponBlock: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "coupon_block";
            /** Template Ids */
            template_ids: string[];
            /** Title */
            title?: string | null;
        };
        /** CouponCentre */
        CouponCentre: {
            /** Coupons */
            coupons: components["schemas"]["ClaimableCoupon"][];
        };
        /** CouponReward */
        CouponReward: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "coupon";
            /**
             * Template Id
             * @description granted through siyu.coupons.grant
             */
            template_id: string;
        };
        /** CouponView */
        CouponView: {
            /** Channel */
            channel: string;
            /** Coupon Id */
            coupon_id: string;
            /** Headline */
            headline: string;
            /** Issued At */
            issued_at: string;
            /** Name */
            name: string;
            /** Order Id */
            order_id: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "usable" | "locked" | "used" | "expired";
            /** Template Id */
            template_id: string;
            terms: components["schemas"]["Terms"];
            /** Used At */
            used_at: string | null;
            /** Valid From */
            valid_from: string;
            /** Valid Until */
            valid_until: string;
        };
        /** CreatedOrder */
        CreatedOrder: {
            order: components["schemas"]["OrderView"];
            /** Replayed */
            replayed: boolean;
        };
        /** Credits */
        Credits: {
            /** Credits */
            credits: {
                [key: string]: number;
            };
        };
        /** CustomerServicePopup */
        CustomerServicePopup: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Contact */
            contact: string;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "customer_service_popup";
            /** Qr Code Url */
            qr_code_url: string;
            /**
             * Trigger
             * @default on_tap
             * @enum {string}
             */
            trigger: "on_open" | "after_delay" | "on_tap";
        };
        /** DealGroups */
        DealGroups: {
            /** Groups */
            groups: components["schemas"]["GroupView"][];
        };
        /** DealIn */
        DealIn: {
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Ends At
             * Format: date-time
             * @description no new group after this
             */
            ends_at: string;
            /**
             * Group Price Fen
             * @description what each member pays
             */
            group_price_fen: number;
            /**
             * Group Size
             * @description N: members who must pay for the group to form
             */
            group_size: number;
            /**
             * Hours To Fill
             * @description a group fails this long after it starts
             */
            hours_to_fill: number;
            /** Image Url */
            image_url?: string | null;
            /** Name */
            name: string;
            /** Original Price Fen */
            original_price_fen?: number | null;
            /**
             * Sku
             * @description the catalogue product sold (product_id)
             */
            sku: string;
            /**
             * Sku Id
             * @description the product's SKU (size); null: its first
             */
            sku_id?: string | null;
            /**
             * Starts At
             * @description groups can be started from (default now)
             */
            starts_at?: string | null;
            /**
             * Store Id
             * @description its orders' pickup store; null: the first
             */
            store_id?: string | null;
        };
        /** Deals */
        Deals: {
            /** Deals */
            deals: components["schemas"]["DealView"][];
        };
        /** DealView */
        DealView: {
            /** Active */
            active: boolean;
            /** Deal Id */
            deal_id: string;
            /** Description */
            description: string;
            /** Ends At */
            ends_at: string;
            /** Group Price Fen */
            group_price_fen: number;
            /** Group Size */
            group_size: number;
            /** Hours To Fill */
            hours_to_fill: number;
            /** Image Url */
            image_url: string | null;
            /** Name */
            name: string;
            /** Original Price Fen */
            original_price_fen: number | null;
            /** Sku */
            sku: string;
            /** Sku Id */
            sku_id: string | null;
            /** Starts At */
            starts_at: string;
            /** Status */
            status: string;
            /** Store Id */
            store_id: string | null;
        };
        /** Draft */
        Draft: {
            /** Layout */
            layout: {
                [key: string]: unknown;
            }[];
            /** Page */
            page: string;
            /** Version */
            version: string;
        };
        /** DraftRequest */
        DraftRequest: {
            /** Layout */
            layout: {
                [key: string]: unknown;
            }[];
        };
        /** DwellBucket */
        DwellBucket: {
            /** Bucket */
            bucket: string;
            /** Leaves */
            leaves: number;
        };
        /** DwellByPage */
        DwellByPage: {
            /** Avg Dwell Ms */
            avg_dwell_ms: number | null;
            /** Buckets */
            buckets: components["schemas"]["DwellBucket"][];
            /**
             * Leaves
             * @description page_leave events counted
             */
            leaves: number;
            /** Page */
            page: string;
        };
        /** DwellReport */
        DwellReport: {
            /** By Page */
            by_page: components["schemas"]["DwellByPage"][];
            /** Page */
            page: string | null;
            period: components["schemas"]["PeriodOut"];
            /** Segment */
            segment: string;
            total: components["schemas"]["DwellStats"];
        };
        /** DwellStats */
        DwellStats: {
            /** Avg Dwell Ms */
            avg_dwell_ms: number | null;
            /** Buckets */
            buckets: components["schemas"]["DwellBucket"][];
            /**
             * Leaves
             * @description page_leave events counted
             */
            leaves: number;
        };
        /** ElementTaps */
        ElementTaps: {
            /** Element */
            element: string;
            /** Taps */
            taps: number;
        };
        /** EndpointPatch */
        EndpointPatch: {
            /** Description */
            description?: string | null;
            /** Enabled */
            enabled?: boolean | null;
            /** Event Types */
            event_types?: string[] | null;
            /** Url */
            url?: string | null;
        };
        /** EndpointSpec */
        EndpointSpec: {
            /** Description */
            description?: string | null;
            /**
             * Enabled
             * @default true
             */
            enabled: boolean;
            /**
             * Event Types
             * @description empty: every type
             */
            event_types?: string[];
            /**
             * Url
             * @description https (http only to loopback outside prod)
             */
            url: string;
        };
        Error: {
            error: {
                /** @description stable upper-case code, see x-siyu-error-codes */
                code: string;
                /** @description optional: fields at fault, limits, ids */
                details?: unknown;
                /** @description zh-CN, for display */
                message: string;
            };
        };
        /** EventRejection */
        EventRejection: {
            /**
             * Index
             * @description position of the refused event in `events`
             */
            index: number;
            /** Reasons */
            reasons: components["schemas"]["EventRejectionReason"][];
        };
        /** EventRejectionReason */
        EventRejectionReason: {
            /** Field */
            field: string;
            /**
             * Message
             * @default
             */
            message: string;
            /** Reason */
            reason: string;
        };
        /** ExclusiveCodeFigures */
        ExclusiveCodeFigures: {
            /** Code */
            code: string;
            /** Max Uses */
            max_uses: number | null;
            /** State */
            state: string;
            /** Uses */
            uses: number;
        };
        /**
         * ExclusiveCoupon
         * @description The live's exclusive coupon. In a PATCH the object replaces the coupon's settings;
         *     without `code`, a live that already has a code of the same template keeps it.
         */
        ExclusiveCoupon: {
            /**
             * Code
             * @description what members type (case-insensitive, stored upper-case); generated (LIVE + 6 letters/digits) when absent
             */
            code?: string | null;
            /**
             * Grace Minutes
             * @description the code stays valid this long after ends_at
             * @default 30
             */
            grace_minutes: number;
            /**
             * Max Uses
             * @description redemptions in all; null: the template's stock
             */
            max_uses?: number | null;
            /**
             * Per Member Limit
             * @description redemptions per member
             * @default 1
             */
            per_member_limit: number;
            /**
             * Template Id
             * @description a coupon template with obtain="code"
             */
            template_id: string;
        };
        /** ExclusiveCouponAdmin */
        ExclusiveCouponAdmin: {
            /** Code */
            code: string;
            /** Ends At */
            ends_at: string;
            /** Grace Minutes */
            grace_minutes: number;
            /** Max Uses */
            max_uses: number | null;
            /** Per Member Limit */
            per_member_limit: number;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "UPCOMING" | "OPEN" | "ENDED" | "CANCELLED";
            /** Template Id */
            template_id: string | null;
        };
        /** ExclusiveCouponMember */
        ExclusiveCouponMember: {
            /**
             * Code
             * @description only while the code can be redeemed (state OPEN)
             */
            code: string | null;
            /** Ends At */
            ends_at: string;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "UPCOMING" | "OPEN" | "ENDED" | "CANCELLED";
            /** Template Id */
            template_id: string | null;
        };
        /** ExperimentDef */
        ExperimentDef: {
            audience?: components["schemas"]["Audience"];
            /**
             * Baseline Rate
             * @default 0.1
             */
            baseline_rate: number;
            /** Key */
            key: string;
            /**
             * Minimum Detectable Effect
             * @default 0.1
             */
            minimum_detectable_effect: number;
            /** Name */
            name: string;
            /** Page */
            page: string;
            primary_metric?: components["schemas"]["Metric"];
            /**
             * Secondary Metrics
             * @default [
             *       "revenue_per_member"
             *     ]
             */
            secondary_metrics: "revenue_per_member"[];
            /** Start At */
            start_at?: string | null;
            /** Stop At */
            stop_at?: string | null;
            /** Variants */
            variants: components["schemas"]["Variant"][];
        };
        /** Experiments */
        Experiments: {
            /** Experiments */
            experiments: components["schemas"]["ExperimentDef"][];
        };
        /** Exposure */
        Exposure: {
            /** Experiment */
            experiment: string;
            /**
             * Recorded
             * @description false when this viewer's exposure was already recorded
             */
            recorded: boolean;
            /**
             * Variant
             * @description the stored variant, which the client must show
             */
            variant: string;
        };
        /** ExposureRequest */
        ExposureRequest: {
            /**
             * Variant
             * @description the variant the client showed (optional, never stored: the server assigns)
             */
            variant?: string | null;
        };
        /** FirstOrderPopup */
        FirstOrderPopup: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /**
             * Color
             * @default #FF5000
             */
            color: string;
            /** Copy */
            copy: string;
            /** Coupon Template Id */
            coupon_template_id?: string | null;
            /**
             * Delay Seconds
             * @default 0
             */
            delay_seconds: number;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "first_order_popup";
            /**
             * Style
             * @default classic
             * @enum {string}
             */
            style: "classic" | "bold" | "minimal";
            /**
             * Trigger
             * @default on_open
             * @enum {string}
             */
            trigger: "on_open" | "after_delay" | "on_scroll" | "on_exit";
        };
        /** FixedValidity */
        FixedValidity: {
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "fixed";
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
        };
        /** Flag */
        Flag: {
            /** Assist Id */
            assist_id: string;
            /** Counted */
            counted: boolean;
            /** Helped At */
            helped_at: string;
            /** Helper Id */
            helper_id: string;
            /** Helper Joined At */
            helper_joined_at: string;
            /** Initiator Id */
            initiator_id: string;
            /** Nickname */
            nickname: string | null;
            /** Reasons */
            reasons: string[];
        };
        /** Flags */
        Flags: {
            /** Flags */
            flags: components["schemas"]["Flag"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** FlashSaleStrip */
        FlashSaleStrip: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "flash_sale_strip";
            /** Sale Ids */
            sale_ids?: string[];
            /**
             * Show Countdown
             * @default true
             */
            show_countdown: boolean;
        };
        /** FunnelReport */
        FunnelReport: {
            period: components["schemas"]["PeriodOut"];
            /** Segment */
            segment: string;
            /** Steps */
            steps: components["schemas"]["FunnelStepResult"][];
            /** Window Minutes */
            window_minutes: number;
        };
        /** FunnelRequest */
        FunnelRequest: {
            /**
             * From
             * Format: date
             */
            from: string;
            /**
             * Segment
             * @default all
             * @enum {string}
             */
            segment: "all" | "members" | "anonymous" | "video" | "live" | "share";
            /** Steps */
            steps: components["schemas"]["FunnelStep"][];
            /**
             * To
             * Format: date
             */
            to: string;
            /**
             * Window Minutes
             * @default 1440
             */
            window_minutes: number;
        };
        /** FunnelStep */
        FunnelStep: {
            /**
             * Event
             * @description event name: page_view, a custom event, or a domain event
             */
            event: string;
            /**
             * Page
             * @description only events on this page
             */
            page?: string | null;
        };
        /** FunnelStepResult */
        FunnelStepResult: {
            /**
             * Conversion
             * @description reached / reached at step 1
             */
            conversion: number | null;
            /**
             * Drop Off
             * @description 1 - step_conversion (跳失率 of this step)
             */
            drop_off: number | null;
            /** Event */
            event: string;
            /** Page */
            page: string | null;
            /**
             * Reached
             * @description visitors who reached this step in order within the window
             */
            reached: number;
            /** Step */
            step: number;
            /**
             * Step Conversion
             * @description reached / reached at the step before
             */
            step_conversion: number | null;
        };
        /**
         * GiftDefinition
         * @description A gift as operations define it. `initial_stock` applies only when the gift is created;
         *     stock changes afterwards go through the stock route (redemptions change it concurrently).
         */
        GiftDefinition: {
            /**
             * Active
             * @default true
             */
            active: boolean;
            /**
             * Description
             * @default
             */
            description: string;
            /** Image Url */
            image_url?: string | null;
            /**
             * Initial Stock
             * @default 0
             */
            initial_stock: number;
            /** Name */
            name: string;
            /**
             * Per Member Limit
             * @default 1
             */
            per_member_limit: number;
            /** Points Cost */
            points_cost: number;
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /**
             * Valid Days
             * @description days a redemption code stays valid
             * @default 30
             */
            valid_days: number;
        };
        /** Granted */
        Granted: {
            /** Coupon Id */
            coupon_id: string;
            /** Member Id */
            member_id: string;
        };
        /** GrantFigures */
        GrantFigures: {
            /** Failed */
            failed: number;
            /** Granted */
            granted: number;
            /** Pending */
            pending: number;
            /** Sold Out */
            sold_out: number;
            /** Targeted */
            targeted: number;
        };
        /** Grants */
        Grants: {
            /** Grants */
            grants: components["schemas"]["GrantView"][];
        };
        /**
         * GrantSpec
         * @description A coupon template or a number of points (with a reason) for every member of a segment.
         */
        GrantSpec: {
            /** Coupon Template Id */
            coupon_template_id?: string | null;
            /** Name */
            name: string;
            /** Points */
            points?: number | null;
            /** Reason */
            reason?: string | null;
            /** Segment Id */
            segment_id: string;
        };
        /** GrantView */
        GrantView: {
            /** Coupon Template Id */
            coupon_template_id: string | null;
            /** Created At */
            created_at: string;
            /** Created By */
            created_by: string;
            figures: components["schemas"]["GrantFigures"];
            /** Grant Id */
            grant_id: string;
            /** Name */
            name: string;
            /** Points */
            points: number | null;
            /** Queued At */
            queued_at: string | null;
            /** Reason */
            reason: string | null;
            /** Segment Id */
            segment_id: string;
            /** Status */
            status: string;
        };
        /** GroupDealDetail */
        GroupDealDetail: {
            deal: components["schemas"]["DealView"];
            /** Groups */
            groups: components["schemas"]["GroupView"][];
            /** Server Time */
            server_time: string;
        };
        /** GroupDeals */
        GroupDeals: {
            /** Deals */
            deals: components["schemas"]["DealView"][];
            /** Server Time */
            server_time: string;
        };
        /** GroupDetail */
        GroupDetail: {
            deal: components["schemas"]["DealView"];
            group: components["schemas"]["GroupView"];
            my_seat: components["schemas"]["SeatView"] | null;
            /** Server Time */
            server_time: string;
        };
        /**
         * GroupView
         * @description A group as members see it: the leader by masked nickname and avatar, never by id.
         */
        GroupView: {
            /** Created At */
            created_at: string;
            /** Deal Id */
            deal_id: string;
            /** Expires At */
            expires_at: string;
            /** Failed At */
            failed_at: string | null;
            /** Formed At */
            formed_at: string | null;
            /** Group Id */
            group_id: string;
            /** Joined */
            joined: number;
            leader: components["schemas"]["PublicMember"];
            /** Paid */
            paid: number;
            /** Seats Left */
            seats_left: number;
            /** Seconds Left */
            seconds_left: number;
            /** Size */
            size: number;
            /** Status */
            status: string;
        };
        /** Health */
        Health: {
            /**
             * Status
             * @constant
             */
            status: "ok";
            /** Time */
            time: string;
        };
        /** HeatCell */
        HeatCell: {
            /** Col */
            col: number;
            /** Row */
            row: number;
            /** Taps */
            taps: number;
        };
        /** HeatmapReport */
        HeatmapReport: {
            /**
             * Cells
             * @description cells with taps; col 0 is the left edge, row 0 the top
             */
            cells: components["schemas"]["HeatCell"][];
            /** Cols */
            cols: number;
            /** Elements */
            elements: components["schemas"]["ElementTaps"][];
            /** Page */
            page: string;
            period: components["schemas"]["PeriodOut"];
            /** Rows */
            rows: number;
            /** Segment */
            segment: string;
            /** Taps */
            taps: number;
        };
        /** Helped */
        Helped: {
            assist: components["schemas"]["AssistView"];
            /** Completed */
            completed: boolean;
            help: components["schemas"]["HelpView"];
            /** Replayed */
            replayed: boolean;
        };
        /** Helper */
        Helper: {
            /** Avatar Url */
            avatar_url: string | null;
            /** Helped At */
            helped_at: string;
            /** Nickname */
            nickname: string | null;
        };
        /** HelpView */
        HelpView: {
            /** Counted */
            counted: boolean;
            /** Helped At */
            helped_at: string;
            /** Is New */
            is_new: boolean;
        };
        /** HideIn */
        HideIn: {
            /**
             * Reason
             * @description kept for staff; not shown to members
             */
            reason: string;
        };
        /** Integration */
        Integration: {
            /** Created At */
            created_at: string;
            /** Enabled */
            enabled: boolean;
            /** Integration Id */
            integration_id: string;
            /** Name */
            name: string;
            /** Scopes */
            scopes: string[];
        };
        /** Integrations */
        Integrations: {
            /** Integrations */
            integrations: components["schemas"]["Integration"][];
        };
        /** IntegrationSpec */
        IntegrationSpec: {
            /** Name */
            name: string;
            /** Scopes */
            scopes: ("members:read" | "members:write" | "points:write")[];
        };
        /** IntegrationWithKey */
        IntegrationWithKey: {
            /** Api Key */
            api_key: string;
            /** Created At */
            created_at: string;
            /** Enabled */
            enabled: boolean;
            /** Integration Id */
            integration_id: string;
            /** Name */
            name: string;
            /** Scopes */
            scopes: string[];
        };
        /** IssuedCoupon */
        IssuedCoupon: {
            coupon: components["schemas"]["CouponView"];
            /** Replayed */
            replayed: boolean;
        };
        /** JoinIn */
        JoinIn: {
            /**
             * Secret
             * @description from the counter's join QR
             */
            secret: string;
        };
        /** KpiComparison */
        KpiComparison: {
            /** Current */
            current: number | null;
            /**
             * Delta
             * @description current - previous
             */
            delta: number | null;
            /**
             * Growth
             * @description delta / previous
             */
            growth: number | null;
            /** Previous */
            previous: number | null;
        };
        /** KpiReport */
        KpiReport: {
            active_members: components["schemas"]["KpiComparison"];
            /** @description taps, custom and domain events (not page views/leaves) */
            interactions: components["schemas"]["KpiComparison"];
            /** Key Path */
            key_path: components["schemas"]["FunnelStepResult"][];
            /** @description 1 - reached last step / reached first step */
            key_path_drop_off: components["schemas"]["KpiComparison"];
            /** Key Path Window Minutes */
            key_path_window_minutes: number;
            /** @description members active in the period before who are active again in this one, as a share */
            member_retention: components["schemas"]["KpiComparison"];
            period: components["schemas"]["PeriodOut"];
            previous_period: components["schemas"]["PeriodOut"];
        };
        /** KuaishouSync */
        KuaishouSync: {
            /** Expected Status */
            expected_status: number | null;
            /**
             * History
             * @description "<status>@<at>", in the order Kuaishou accepted them
             */
            history: string[];
            /** @description the last status Kuaishou refused (also alarmed) */
            refused: components["schemas"]["Refused"] | null;
            /** Report Calls */
            report_calls: number;
            /** Reported At */
            reported_at: string | null;
            /** Reported Status */
            reported_status: number | null;
        };
        /** LedgerEntryOut */
        LedgerEntryOut: {
            /**
             * Actor
             * @description admin views only: who adjusted
             */
            actor?: string | null;
            /** Balance After */
            balance_after: number;
            /** Created At */
            created_at: string;
            /** Delta */
            delta: number;
            /** Reason */
            reason: string;
            /**
             * Ref
             * @description admin views only
             */
            ref?: string | null;
            /** Seq */
            seq: number;
            /** Source */
            source: string;
        };
        /** LevelRule */
        LevelRule: {
            /**
             * Coupon Template Ids
             * @description coupons only this level may claim
             */
            coupon_template_ids?: string[];
            /**
             * Discount Bp
             * @description discount in basis points: 500 = 5% off (9.5折)
             * @default 0
             */
            discount_bp: number;
            /**
             * Key
             * @description a-z, 0-9, _ and -
             */
            key: string;
            /** Name */
            name: string;
            /**
             * Perks
             * @description benefits shown to members
             */
            perks?: string[];
            /**
             * Threshold
             * @description growth needed (points or fen)
             */
            threshold: number;
        };
        /**
         * LevelRules
         * @description The ladder, lowest first. Growth is points earned or money spent (fen), never decreasing
         *     with spending points.
         */
        LevelRules: {
            /**
             * Growth Basis
             * @default points_earned
             * @enum {string}
             */
            growth_basis: "points_earned" | "spent_fen";
            /** Levels */
            levels: components["schemas"]["LevelRule"][];
        };
        /** Levels */
        Levels: {
            /** Levels */
            levels: components["schemas"]["LevelStep"][];
            me: components["schemas"]["MyLevel"];
        };
        /** LevelStep */
        LevelStep: {
            /** Discount Bp */
            discount_bp: number;
            /** Key */
            key: string;
            /** Name */
            name: string;
            /** Perks */
            perks: string[];
            /** Threshold */
            threshold: number;
        };
        /** Linked */
        Linked: {
            /**
             * Coupon Error
             * @description why the first-visit coupon was not granted (its error code)
             */
            coupon_error: string | null;
            /**
             * Coupon Id
             * @description the first-visit coupon granted (None: no template, or not granted)
             */
            coupon_id: string | null;
            /**
             * Points
             * @description points the buyer earned for the voucher
             */
            points: number;
            voucher: components["schemas"]["VoucherView"];
        };
        /** LinkIn */
        LinkIn: {
            /**
             * Member Code
             * @description the member code the buyer shows
             */
            member_code?: string | null;
            /**
             * Phone
             * @description the phone the member bound
             */
            phone?: string | null;
        };
        /** LiveEntry */
        LiveEntry: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "live_entry";
            /** Stream Id */
            stream_id?: string | null;
            /** Title */
            title?: string | null;
        };
        /** LiveFigures */
        LiveFigures: {
            exclusive_coupon: components["schemas"]["ExclusiveCodeFigures"] | null;
            /** Live Id */
            live_id: string;
            /** Reminder Opens */
            reminder_opens: number;
            /** Reminders */
            reminders: components["schemas"]["ReminderProgress"][];
            /** Reminders Sent */
            reminders_sent: number;
            /** Reservations */
            reservations: number;
            /** Reservations Withdrawn */
            reservations_withdrawn: number;
        };
        /**
         * LivePatch
         * @description Changes to a live stream; moving `starts_at` moves its reminders.
         */
        LivePatch: {
            /** Cover Url */
            cover_url?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** @description set (replaces the settings) or null (removes it and disables the code) */
            exclusive_coupon?: components["schemas"]["ExclusiveCoupon"] | null;
            /** Host Name */
            host_name?: string | null;
            /** Live Room */
            live_room?: string | null;
            /** Reminder Offsets */
            reminder_offsets?: number[] | null;
            /** Starts At */
            starts_at?: string | null;
            /** Title */
            title?: string | null;
        };
        /**
         * LiveSpec
         * @description A new live stream.
         */
        LiveSpec: {
            /**
             * Cover Url
             * Format: uri
             * @description https
             */
            cover_url: string;
            /**
             * Ends At
             * Format: date-time
             * @description expected end; at most 24 h after the start
             */
            ends_at: string;
            /** @description a coupon code valid from the start to the end plus a grace period */
            exclusive_coupon?: components["schemas"]["ExclusiveCoupon"] | null;
            /**
             * Host Name
             * @description the host (主播)
             */
            host_name: string;
            /**
             * Live Room
             * @description Kuaishou live-room link or id
             */
            live_room: string;
            /**
             * Reminder Offsets
             * @description reminders, in minutes before the start (0 = at the start)
             */
            reminder_offsets?: number[];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Title
             * @description the reminder shows its first 20 chars
             */
            title: string;
        };
        /** LoggedOut */
        LoggedOut: {
            /**
             * Logged Out
             * @constant
             */
            logged_out: true;
        };
        /** LoginRequest */
        LoginRequest: {
            /**
             * Code
             * @description the code from ks.login
             */
            code: string;
            /**
             * Inviter Id
             * @description the member whose share link opened the mini-program (launch query `inviter`); counts for their invite task if this login registers a new member
             */
            inviter_id?: string | null;
        };
        /** LogoutRequest */
        LogoutRequest: {
            /**
             * Refresh Token
             * @description the session to end; without it every session of the member ends
             */
            refresh_token?: string | null;
        };
        /** MakeupIn */
        MakeupIn: {
            /**
             * Day
             * Format: date
             * @description the missed Shanghai calendar day, YYYY-MM-DD
             */
            day: string;
        };
        /** MakeupState */
        MakeupState: {
            /** Cost Points */
            cost_points: number;
            /** Enabled */
            enabled: boolean;
            /** Left This Month */
            left_this_month: number;
            /** Window Days */
            window_days: number;
        };
        /** MemberEvent */
        MemberEvent: {
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Id */
            id: string;
            /** Occurred At */
            occurred_at: string;
            /**
             * Type
             * @description a domain event type, e.g. OrderPaid, CouponClaimed, PointsChanged
             */
            type: string;
        };
        /** MemberEvents */
        MemberEvents: {
            /** Events */
            events: components["schemas"]["MemberEvent"][];
        };
        /** MemberFigures */
        MemberFigures: {
            /** Level */
            level: string | null;
            /** Nickname */
            nickname: string | null;
            /** Phone Masked */
            phone_masked: string | null;
            /** Points Balance */
            points_balance: number;
            /** Points Earned Total */
            points_earned_total: number;
            /** Registered At */
            registered_at: string;
        };
        /** MemberGift */
        MemberGift: {
            /** Description */
            description: string;
            /** Gift Id */
            gift_id: string;
            /** Image Url */
            image_url: string | null;
            /** In Stock */
            in_stock: boolean;
            /** Name */
            name: string;
            /** Per Member Limit */
            per_member_limit: number;
            /** Points Cost */
            points_cost: number;
            /** Redeemed By Me */
            redeemed_by_me: number;
            /** Stock */
            stock: number;
            /** Valid Days */
            valid_days: number;
        };
        /** MemberGifts */
        MemberGifts: {
            /** Gifts */
            gifts: components["schemas"]["MemberGift"][];
        };
        /** MemberLive */
        MemberLive: {
            /** Cover Url */
            cover_url: string;
            /** Ends At */
            ends_at: string;
            exclusive_coupon: components["schemas"]["ExclusiveCouponMember"] | null;
            /** Host Name */
            host_name: string;
            /** Live Id */
            live_id: string;
            /** Live Room */
            live_room: string;
            /** Reserved */
            reserved: boolean;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "UPCOMING" | "ON_AIR" | "ENDED" | "CANCELLED";
            /** Title */
            title: string;
        };
        /** MemberLives */
        MemberLives: {
            /** Lives */
            lives: components["schemas"]["MemberLive"][];
            /** Server Time */
            server_time: string;
        };
        /** MemberPointsOut */
        MemberPointsOut: {
            /** Balance */
            balance: number;
            /** Earned Total */
            earned_total: number;
            /** Entries */
            entries: components["schemas"]["LedgerEntryOut"][];
            level: components["schemas"]["MyLevel"];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** MemberPointsSummary */
        MemberPointsSummary: {
            /** Balance */
            balance: number;
            /** Earned Total */
            earned_total: number;
        };
        /** MemberProfile */
        MemberProfile: {
            /** Avatar Url */
            avatar_url: string | null;
            /** Birthday */
            birthday: string | null;
            /** Checkin Total */
            checkin_total: number;
            /** Created At */
            created_at: string;
            /** Last Login At */
            last_login_at: string | null;
            level: components["schemas"]["MyLevel"];
            /** Member Id */
            member_id: string;
            /** Nickname */
            nickname: string | null;
            /**
             * Phone Masked
             * @description never the full number
             */
            phone_masked: string | null;
            points: components["schemas"]["MemberPointsSummary"];
            /** Spent Fen */
            spent_fen: number;
        };
        /** MemberSearch */
        MemberSearch: {
            /** Members */
            members: components["schemas"]["MemberSummary"][];
            /**
             * Taken As
             * @description id | phone | nickname: how the query was read
             */
            taken_as: string;
        };
        /** MemberSession */
        MemberSession: {
            /** Access Token */
            access_token: string;
            /** Expires In */
            expires_in: number;
            /** Is New */
            is_new: boolean;
            member: components["schemas"]["Profile"];
            /** Refresh Token */
            refresh_token: string;
            /**
             * Token Type
             * @constant
             */
            token_type: "Bearer";
        };
        /** MemberSummary */
        MemberSummary: {
            /** Avatar Url */
            avatar_url: string | null;
            /** Created At */
            created_at: string;
            /** Last Login At */
            last_login_at: string | null;
            /** Member Id */
            member_id: string;
            /** Nickname */
            nickname: string | null;
            /**
             * Phone Masked
             * @description never the full number
             */
            phone_masked: string | null;
        };
        /** MemberTag */
        MemberTag: {
            /** Kind */
            kind: string;
            /** Since */
            since: string;
            /** Tag Id */
            tag_id: string;
        };
        /** MemberTags */
        MemberTags: {
            /** Member Id */
            member_id: string;
            /** Tags */
            tags: components["schemas"]["MemberTag"][];
        };
        /** MemberTokens */
        MemberTokens: {
            /** Access Token */
            access_token: string;
            /** Expires In */
            expires_in: number;
            /** Refresh Token */
            refresh_token: string;
            /**
             * Token Type
             * @constant
             */
            token_type: "Bearer";
        };
        /** Metric */
        Metric: {
            /**
             * Event
             * @default OrderPaid
             * @constant
             */
            event: "OrderPaid";
            /**
             * Window Days
             * @default 7
             */
            window_days: number;
        };
        /**
         * ModuleAudience
         * @description Who sees a module: new members only (registered within `new_member_days`), a level range.
         */
        ModuleAudience: {
            /** Max Level Rank */
            max_level_rank?: number | null;
            /** Min Level Rank */
            min_level_rank?: number | null;
            /**
             * New Member Days
             * @default 30
             */
            new_member_days: number;
            /**
             * New Members Only
             * @default false
             */
            new_members_only: boolean;
        };
        /** ModuleKinds */
        ModuleKinds: {
            /**
             * Kinds
             * @description each module kind's JSON schema, by kind
             */
            kinds: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        /** MyAssists */
        MyAssists: {
            /** Assists */
            assists: components["schemas"]["AssistView"][];
        };
        /** MyGroup */
        MyGroup: {
            group: components["schemas"]["GroupView"] | null;
            seat: components["schemas"]["SeatView"];
        };
        /** MyGroups */
        MyGroups: {
            /** Groups */
            groups: components["schemas"]["MyGroup"][];
        };
        /** MyLevel */
        MyLevel: {
            /** Coupon Template Ids */
            coupon_template_ids: string[];
            /** Discount Bp */
            discount_bp: number;
            /** Growth */
            growth: number;
            /** Growth Basis */
            growth_basis: string;
            /** Growth To Next */
            growth_to_next: number | null;
            /** Level Key */
            level_key: string;
            /** Level Name */
            level_name: string;
            /** Next Level Key */
            next_level_key: string | null;
            /** Next Level Name */
            next_level_name: string | null;
            /** Next Threshold */
            next_threshold: number | null;
            /** Perks */
            perks: string[];
            /** Rank */
            rank: number;
        };
        /** MyReview */
        MyReview: {
            /**
             * Author
             * @description the member's nickname, masked
             */
            author: string;
            /** Created At */
            created_at: string;
            /** Line */
            line: number;
            /** Order Id */
            order_id: string;
            /** Photos */
            photos: string[];
            /** Product Id */
            product_id: string;
            /** Product Name */
            product_name: string;
            /** Rating */
            rating: number;
            /** Replied At */
            replied_at: string | null;
            /**
             * Reply
             * @description the shop's reply
             */
            reply: string | null;
            /**
             * Review Id
             * @description <order_id>-<line, 2 digits>: the staff routes' id
             */
            review_id: string;
            /** Sku Name */
            sku_name: string;
            /**
             * Status
             * @description SHOWN | HIDDEN (hidden by the shop)
             */
            status: string;
            /** Text */
            text: string;
        };
        /** NamedSource */
        NamedSource: {
            /** Sessions */
            sessions: number;
            /** Source Id */
            source_id: string | null;
            /** Source Type */
            source_type: string;
            /** Visitors */
            visitors: number;
        };
        /** Offer */
        Offer: {
            /** Coupon Id */
            coupon_id: string;
            /** Headline */
            headline: string;
            /** Name */
            name: string;
            /** Saving Fen */
            saving_fen: number;
            /** Template Id */
            template_id: string;
            /** Valid Until */
            valid_until: string;
        };
        /** Offers */
        Offers: {
            /** Offers */
            offers: components["schemas"]["Offer"][];
        };
        /** OneAssist */
        OneAssist: {
            assist: components["schemas"]["AssistView"];
        };
        /** OneLive */
        OneLive: {
            live: components["schemas"]["MemberLive"];
            /** Server Time */
            server_time: string;
        };
        /** OpenCampaign */
        OpenCampaign: {
            /** Campaign Id */
            campaign_id: string;
            /** Description */
            description: string;
            /** Ends At */
            ends_at: string;
            /** Helps Needed */
            helps_needed: number;
            /** Hours To Complete */
            hours_to_complete: number;
            /** Name */
            name: string;
            /** New Helpers */
            new_helpers: string;
            /** Open Assist Id */
            open_assist_id: string | null;
            /** Reward Name */
            reward_name: string;
            /** Started By Me */
            started_by_me: number;
            /** Starts Left */
            starts_left: number;
        };
        /** OpenCampaigns */
        OpenCampaigns: {
            /** Campaigns */
            campaigns: components["schemas"]["OpenCampaign"][];
        };
        /**
         * OptionGroup
         * @description e.g. 甜度 (one of), 冰量 (one of), 加料 (up to 3).
         */
        OptionGroup: {
            /** Choices */
            choices: components["schemas"]["Choice"][];
            /**
             * Default Choice Ids
             * @description taken when an order does not say
             */
            default_choice_ids?: string[];
            /** Group Id */
            group_id: string;
            /**
             * Max Choices
             * @description 1 = pick one
             * @default 1
             */
            max_choices: number;
            /** Name */
            name: string;
            /**
             * Required
             * @default true
             */
            required: boolean;
        };
        /** OrderAmounts */
        OrderAmounts: {
            /** Coupon Discount Fen */
            coupon_discount_fen: number;
            /** Level Discount Fen */
            level_discount_fen: number;
            /** Subtotal Fen */
            subtotal_fen: number;
            /**
             * Total Fen
             * @description what the member pays
             */
            total_fen: number;
        };
        /** OrderKuaishou */
        OrderKuaishou: {
            kuaishou: components["schemas"]["KuaishouSync"];
            /** Order Id */
            order_id: string;
            settlement: components["schemas"]["SettlementState"] | null;
            /** Status */
            status: string;
        };
        /**
         * OrderLineIn
         * @description One line as the mini-program sends it. Prices it might send are ignored (not an error:
         *     an older client that still sends them keeps working, and pays the server's price).
         */
        OrderLineIn: {
            /**
             * Options
             * @description option group id → chosen choice ids
             */
            options?: {
                [key: string]: string[];
            };
            /** Product Id */
            product_id: string;
            /** Quantity */
            quantity: number;
            /** Sku Id */
            sku_id: string;
        };
        /** OrderLineReview */
        OrderLineReview: {
            /** Line */
            line: number;
            /** Name */
            name: string;
            /** Product Id */
            product_id: string;
            review: components["schemas"]["MyReview"] | null;
            /** Sku Name */
            sku_name: string;
        };
        /**
         * OrderRequest
         * @description POST /v1/orders. Prices and totals a client may send are ignored: the server prices.
         */
        OrderRequest: {
            /** Coupon Id */
            coupon_id?: string | null;
            /** Items */
            items: components["schemas"]["OrderLineIn"][];
            /**
             * Pickup Slot
             * @description YYYY-MM-DDTHH:MM (Asia/Shanghai), from GET /v1/stores/{store_id}/pickup-slots; null = as soon as possible
             */
            pickup_slot?: string | null;
            /**
             * Remark
             * @description e.g. 少放珍珠
             */
            remark?: string | null;
            /** Store Id */
            store_id: string;
        };
        /** OrderReviews */
        OrderReviews: {
            /** Lines */
            lines: components["schemas"]["OrderLineReview"][];
            /** Order Id */
            order_id: string;
            /**
             * Reviewable
             * @description picked up and within the review window
             */
            reviewable: boolean;
            /** Status */
            status: string;
        };
        /** Orders */
        Orders: {
            /** Next Cursor */
            next_cursor: string | null;
            /** Orders */
            orders: components["schemas"]["OrderView"][];
        };
        /** OrderView */
        OrderView: {
            amounts: components["schemas"]["OrderAmounts"];
            /** Closed At */
            closed_at: string | null;
            /** Coupon Id */
            coupon_id: string | null;
            /** Created At */
            created_at: string;
            /**
             * Expires At
             * @description an unpaid order closes at this time
             */
            expires_at: string;
            /** First Order */
            first_order: boolean | null;
            /**
             * Hold
             * @description GROUP_FORMING: a paid group-buy order waits for its group to form (no pickup yet)
             */
            hold: string | null;
            /**
             * Late Payment
             * @description paid after it had closed: refunded automatically
             */
            late_payment: boolean;
            /** Level Key */
            level_key: string | null;
            /** Lines */
            lines: components["schemas"]["PricedLine"][];
            /** Member Id */
            member_id: string;
            /** Order Id */
            order_id: string;
            /** Paid At */
            paid_at: string | null;
            /** @description for ks.pay, while the order waits for payment */
            payment: components["schemas"]["PayParams"] | null;
            pickup: components["schemas"]["PickupView"];
            /** Points Awarded */
            points_awarded: number;
            refund: components["schemas"]["RefundView"] | null;
            /** Remark */
            remark: string | null;
            /** Source */
            source: string;
            /** Source Ref */
            source_ref: string | null;
            /** Status */
            status: string;
            /** Store Id */
            store_id: string;
            /** Store Name */
            store_name: string;
        };
        /**
         * PayParams
         * @description What `ks.pay({serviceId, orderInfo: {order_no, order_info_token}})` needs.
         */
        PayParams: {
            /** Order Info Token */
            order_info_token: string;
            /** Order No */
            order_no: string;
            /**
             * Service Id
             * @default 1
             */
            service_id: string;
        };
        /** PeriodOut */
        PeriodOut: {
            /** From */
            from: string;
            /** To */
            to: string;
        };
        /** Person */
        Person: {
            /** Avatar Url */
            avatar_url: string | null;
            /** Nickname */
            nickname: string | null;
        };
        /** PhoneBound */
        PhoneBound: {
            /** Phone Masked */
            phone_masked: string;
        };
        /** PhoneRequest */
        PhoneRequest: {
            /** Encrypted Data */
            encrypted_data: string;
            /** Iv */
            iv: string;
        };
        /**
         * PickupRules
         * @description 预约取餐: slots of `slot_minutes` from opening time, each taking `capacity` orders.
         */
        PickupRules: {
            /**
             * Capacity
             * @description orders per slot
             * @default 30
             */
            capacity: number;
            /**
             * Days Ahead
             * @description 0 = today only
             * @default 1
             */
            days_ahead: number;
            /**
             * Enabled
             * @default true
             */
            enabled: boolean;
            /**
             * Lead Minutes
             * @description earliest slot: now + this
             * @default 10
             */
            lead_minutes: number;
            /**
             * Slot Minutes
             * @default 30
             * @enum {integer}
             */
            slot_minutes: 10 | 15 | 20 | 30 | 60;
        };
        /** PickupSlots */
        PickupSlots: {
            /** Day */
            day: string;
            /** Slots */
            slots: components["schemas"]["SlotView"][];
            /** Store Id */
            store_id: string;
        };
        /** PickupSummary */
        PickupSummary: {
            /** Day */
            day: string;
            /** Stores */
            stores: components["schemas"]["StorePickups"][];
        };
        /** PickupView */
        PickupView: {
            /**
             * Code
             * @description shown at the counter once paid
             */
            code: string | null;
            /** Day */
            day: string;
            /** Picked Up At */
            picked_up_at: string | null;
            /**
             * Slot
             * @description reserved slot YYYY-MM-DDTHH:MM (Asia/Shanghai); null = asap
             */
            slot: string | null;
        };
        /** PointsBatch */
        PointsBatch: {
            /** Adjustments */
            adjustments: components["schemas"]["PointsIn"][];
        };
        /** PointsIn */
        PointsIn: {
            /**
             * Delta
             * @description non-zero; negative takes points
             */
            delta: number;
            /** External Id */
            external_id: string;
            /** Idempotency Key */
            idempotency_key: string;
            /** Reason */
            reason: string;
        };
        /** PointsOut */
        PointsOut: {
            /** Balance */
            balance: number;
            /** Earned Total */
            earned_total: number;
            /** Entries */
            entries: components["schemas"]["LedgerEntryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** PointsReward */
        PointsReward: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "points";
            /** Points */
            points: number;
        };
        /** Prepared */
        Prepared: {
            /**
             * Verify Token
             * @description send it back with the verify (one verify per prepare)
             */
            verify_token: string;
            voucher: components["schemas"]["VoucherView"];
        };
        /** PrepareIn */
        PrepareIn: {
            /**
             * Code
             * @description typed voucher code
             */
            code?: string | null;
            /**
             * Qr
             * @description scanned QR content (a link)
             */
            qr?: string | null;
            /** Store Id */
            store_id: string;
        };
        /** PricedLine */
        PricedLine: {
            /** Category Id */
            category_id: string;
            /** Line Total Fen */
            line_total_fen: number;
            /** Name */
            name: string;
            /** Options */
            options: components["schemas"]["ChosenOption"][];
            /** Product Id */
            product_id: string;
            /** Quantity */
            quantity: number;
            /** Sku Id */
            sku_id: string;
            /** Sku Name */
            sku_name: string;
            /** Unit Price Fen */
            unit_price_fen: number;
        };
        /** ProductIn */
        ProductIn: {
            /** Category Id */
            category_id: string;
            /**
             * Description
             * @default
             */
            description: string;
            /** Image Url */
            image_url?: string | null;
            /** Name */
            name: string;
            /** Option Groups */
            option_groups?: components["schemas"]["OptionGroup"][];
            /** Skus */
            skus: components["schemas"]["Sku"][];
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /**
             * Status
             * @default ON_SALE
             * @enum {string}
             */
            status: "ON_SALE" | "OFF_SALE";
            /**
             * Store Ids
             * @description empty: every store
             */
            store_ids?: string[];
        };
        /** ProductList */
        ProductList: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /** Category */
            category?: string | null;
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "product_list";
            /**
             * Limit
             * @default 10
             */
            limit: number;
            /** Product Ids */
            product_ids?: string[] | null;
            /** Title */
            title?: string | null;
        };
        /** ProductReviews */
        ProductReviews: {
            /** Next Cursor */
            next_cursor: string | null;
            rating: components["schemas"]["Rating"];
            /** Reviews */
            reviews: components["schemas"]["PublicReview"][];
        };
        /** Products */
        Products: {
            /** Next Cursor */
            next_cursor: string | null;
            /** Products */
            products: components["schemas"]["ProductView"][];
        };
        /** ProductView */
        ProductView: {
            /** Category Id */
            category_id: string;
            /** Description */
            description: string;
            /** Image Url */
            image_url: string | null;
            /** Name */
            name: string;
            /** Option Groups */
            option_groups: components["schemas"]["OptionGroup"][];
            /**
             * Price From Fen
             * @description the cheapest SKU
             */
            price_from_fen: number;
            /** Product Id */
            product_id: string;
            /** Skus */
            skus: components["schemas"]["SkuView"][];
            /** Sort */
            sort: number;
            /** Status */
            status: string;
            /**
             * Store Ids
             * @description empty: every store
             */
            store_ids: string[];
        };
        /**
         * Profile
         * @description What a member sees of themself.
         */
        Profile: {
            /** Avatar Url */
            avatar_url: string | null;
            /** Birthday */
            birthday: string | null;
            /** Created At */
            created_at: string;
            /** Member Id */
            member_id: string;
            /** Nickname */
            nickname: string | null;
            /** Phone Masked */
            phone_masked: string | null;
        };
        /** ProfilePatch */
        ProfilePatch: {
            /** Avatar Url */
            avatar_url?: string | null;
            /** Birthday */
            birthday?: string | null;
            /** Nickname */
            nickname?: string | null;
        };
        /** PublicMember */
        PublicMember: {
            /** Avatar Url */
            avatar_url: string | null;
            /** Nickname */
            nickname: string;
        };
        /**
         * PublicReview
         * @description What any visitor sees: no member, order or review id.
         */
        PublicReview: {
            /**
             * Author
             * @description the member's nickname, masked
             */
            author: string;
            /** Created At */
            created_at: string;
            /** Photos */
            photos: string[];
            /** Product Id */
            product_id: string;
            /** Product Name */
            product_name: string;
            /** Rating */
            rating: number;
            /** Replied At */
            replied_at: string | null;
            /**
             * Reply
             * @description the shop's reply
             */
            reply: string | null;
            /** Sku Name */
            sku_name: string;
            /** Text */
            text: string;
        };
        /** Published */
        Published: {
            /** Page */
            page: string;
            /** Published At */
            published_at: string;
            /** Version */
            version: string;
        };
        /** Purchased */
        Purchased: {
            order: components["schemas"]["OrderView"];
            purchase: components["schemas"]["PurchaseView"];
            /** Replayed */
            replayed: boolean;
        };
        /** Purchases */
        Purchases: {
            /** Purchases */
            purchases: components["schemas"]["PurchaseView"][];
        };
        /** PurchaseView */
        PurchaseView: {
            /** Created At */
            created_at: string;
            /** Hold Expires At */
            hold_expires_at: string;
            /** Name */
            name: string;
            /** Order Id */
            order_id: string | null;
            /** Price Fen */
            price_fen: number;
            /** Purchase Id */
            purchase_id: string;
            /** Sale Id */
            sale_id: string;
            /** Sku */
            sku: string;
            /** Status */
            status: string;
        };
        /** PushCampaignFigures */
        PushCampaignFigures: {
            /** Capped */
            capped: number;
            /** Failed */
            failed: number;
            /** Held */
            held: number;
            /** No Credit */
            no_credit: number;
            /** Opened */
            opened: number;
            /** Pending */
            pending: number;
            /** Sent */
            sent: number;
            /** Targeted */
            targeted: number;
        };
        /** PushCampaigns */
        PushCampaigns: {
            /** Campaigns */
            campaigns: components["schemas"]["PushCampaignView"][];
        };
        /** PushCampaignView */
        PushCampaignView: {
            /** Campaign Id */
            campaign_id: string;
            /** Created At */
            created_at: string;
            /** Created By */
            created_by: string;
            /** Data */
            data: {
                [key: string]: string;
            };
            figures: components["schemas"]["PushCampaignFigures"];
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /** Page */
            page: string;
            /** Queued At */
            queued_at: string | null;
            /** Segment Id */
            segment_id: string;
            /** Status */
            status: string;
            /** Template Id */
            template_id: string;
        };
        /** QueuedRefund */
        QueuedRefund: {
            /** Amount Fen */
            amount_fen: number;
            /** Completed At */
            completed_at: string | null;
            /** Coupon Restored */
            coupon_restored: boolean | null;
            /** Decided At */
            decided_at: string | null;
            /** Kind */
            kind: string;
            /** Member Id */
            member_id: string;
            /** Order Id */
            order_id: string;
            /** Points Shortfall */
            points_shortfall: number | null;
            /** Points Taken */
            points_taken: number | null;
            /** Reason */
            reason: string;
            /** Reject Reason */
            reject_reason: string | null;
            /** Requested At */
            requested_at: string;
            /** Status */
            status: string;
        };
        /** Quote */
        Quote: {
            amounts: components["schemas"]["OrderAmounts"];
            /** Lines */
            lines: components["schemas"]["PricedLine"][];
        };
        /** Rating */
        Rating: {
            /**
             * Average
             * @description sum / count, 2 decimals; null without reviews
             */
            average: number | null;
            /**
             * Count
             * @description shown reviews
             */
            count: number;
            /**
             * Histogram
             * @description reviews per rating, keys "1"–"5"
             */
            histogram: {
                [key: string]: number;
            };
            /** Product Id */
            product_id: string;
            /**
             * Sum
             * @description sum of their ratings
             */
            sum: number;
        };
        /** Recommendations */
        Recommendations: {
            /**
             * Bucket
             * @description Shanghai time of day: morning | noon | afternoon | evening
             */
            bucket: string;
            /**
             * Cold Start
             * @description no history and no seeds: popularity alone
             */
            cold_start: boolean;
            /**
             * Context
             * @description home | cart | after_order
             */
            context: string;
            /** Products */
            products: components["schemas"]["RecommendedProduct"][];
            /** Store Id */
            store_id: string | null;
        };
        /** RecommendedProduct */
        RecommendedProduct: {
            /** Image Url */
            image_url: string | null;
            /** Name */
            name: string;
            /** Price From Fen */
            price_from_fen: number;
            /** Product Id */
            product_id: string;
            /**
             * Reason
             * @description co_purchase | bought_before | popular: what weighed most
             */
            reason: string;
            /**
             * Score
             * @description higher first; ties by product id
             */
            score: number;
        };
        /**
         * RecommendedProducts
         * @description Products recommended for this member (GET /v1/recommendations with `context`): the
         *     client fetches them when it renders the module.
         */
        RecommendedProducts: {
            audience?: components["schemas"]["ModuleAudience"] | null;
            /**
             * Context
             * @default home
             * @enum {string}
             */
            context: "home" | "cart" | "after_order";
            /** Id */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "recommended_products";
            /**
             * Limit
             * @default 6
             */
            limit: number;
            /**
             * Title
             * @default 为你推荐
             */
            title: string;
        };
        /** Reconciled */
        Reconciled: {
            /** Day */
            day: string;
            /** Figures */
            figures: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** Issues */
            issues: components["schemas"]["VoucherReconIssue"][];
            /** Matched */
            matched: number;
        };
        /** Reconciliation */
        Reconciliation: {
            /** Day */
            day: string;
            /**
             * Figures
             * @description the day's figures per store, Siyu's and Kuaishou's
             */
            figures: {
                [key: string]: unknown;
            };
            /** Issue Count */
            issue_count: number;
            /** Issues */
            issues: components["schemas"]["ReconIssue"][];
            /** Matched */
            matched: number;
            /** Next Cursor */
            next_cursor: string | null;
            /** Ran At */
            ran_at: string;
            /** Repaired */
            repaired: number;
        };
        /** ReconIssue */
        ReconIssue: {
            /** Kind */
            kind: string;
            /** Note */
            note: string | null;
            /** Order Id */
            order_id: string;
            /** Platform Fen */
            platform_fen: number | null;
            /** Repaired */
            repaired: boolean;
            /** Siyu Fen */
            siyu_fen: number | null;
        };
        /** RedeemCodeRequest */
        RedeemCodeRequest: {
            /**
             * Code
             * @description the code announced in a live or on a poster
             */
            code: string;
        };
        /** RedemptionOut */
        RedemptionOut: {
            /**
             * Code
             * @description shown at the counter; staff verify it once
             */
            code: string;
            /** Created At */
            created_at: string;
            /** Expires At */
            expires_at: string;
            /** Gift Id */
            gift_id: string;
            /** Gift Name */
            gift_name: string;
            /** Member Id */
            member_id?: string | null;
            /** Points Cost */
            points_cost: number;
            /** Redemption Id */
            redemption_id: string;
            /**
             * Status
             * @description issued | used | expired
             */
            status: string;
            /** Used At */
            used_at?: string | null;
            /** Used By */
            used_by?: string | null;
        };
        /** RedemptionsOut */
        RedemptionsOut: {
            /** Redemptions */
            redemptions: components["schemas"]["RedemptionOut"][];
        };
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token: string;
        };
        /** RefundRequest */
        RefundRequest: {
            /**
             * Reason
             * @description why (shown to staff)
             */
            reason: string;
        };
        /** Refunds */
        Refunds: {
            /** Next Cursor */
            next_cursor: string | null;
            /** Refunds */
            refunds: components["schemas"]["QueuedRefund"][];
        };
        /** RefundView */
        RefundView: {
            /** Amount Fen */
            amount_fen: number;
            /** Completed At */
            completed_at: string | null;
            /** Coupon Restored */
            coupon_restored: boolean | null;
            /** Decided At */
            decided_at: string | null;
            /** Kind */
            kind: string;
            /** Points Shortfall */
            points_shortfall: number | null;
            /** Points Taken */
            points_taken: number | null;
            /** Reason */
            reason: string;
            /** Reject Reason */
            reject_reason: string | null;
            /** Requested At */
            requested_at: string;
            /** Status */
            status: string;
        };
        /** Refused */
        Refused: {
            /** At */
            at: string | null;
            /** Message */
            message: string | null;
            /** Result */
            result: number;
            /** Status */
            status: number;
        };
        /** RejectRequest */
        RejectRequest: {
            /**
             * Reason
             * @description shown to the member
             */
            reason: string;
        };
        /** RelativeValidity */
        RelativeValidity: {
            /**
             * Days
             * @description usable for N days from issue
             */
            days: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "relative";
        };
        /** Reminded */
        Reminded: {
            /** Reminded */
            reminded: boolean;
            /** Replayed */
            replayed: boolean;
            /** Sale Id */
            sale_id: string;
        };
        /** ReminderCounts */
        ReminderCounts: {
            /** Failed */
            failed: number;
            /** Pending */
            pending: number;
            /** Sending */
            sending: number;
            /** Sent */
            sent: number;
        };
        /** ReminderFailure */
        ReminderFailure: {
            /** Attempts */
            attempts: number;
            /** Error Code */
            error_code: string | null;
            /** Error Message */
            error_message: string | null;
            /** Member Id */
            member_id: string;
            /** Retryable */
            retryable: boolean;
            /** Updated At */
            updated_at: string | null;
        };
        /** ReminderFailures */
        ReminderFailures: {
            /** Failures */
            failures: components["schemas"]["ReminderFailure"][];
            /** Reminder Key */
            reminder_key: string;
        };
        /** ReminderProgress */
        ReminderProgress: {
            /** Failed */
            failed: number;
            /** Fanned Out At */
            fanned_out_at: string | null;
            /** Offset Minutes */
            offset_minutes: number;
            /** Opened */
            opened: number;
            /**
             * Pending
             * @description queued, in flight or waiting to retry
             */
            pending: number;
            /** Reminder Key */
            reminder_key: string;
            /** Schedule Version */
            schedule_version: number;
            /** Sent */
            sent: number;
            /** Skipped */
            skipped: number;
            /** Started At */
            started_at: string | null;
            /** Status */
            status: string;
            /** Targets */
            targets: number;
        };
        /** ReminderTime */
        ReminderTime: {
            /** Fire At */
            fire_at: string;
            /** Offset Minutes */
            offset_minutes: number;
            /** Reminder Key */
            reminder_key: string;
        };
        /** Removed */
        Removed: {
            /** Removed */
            removed: boolean;
        };
        /**
         * RenderedPage
         * @description A layout as one viewer sees it: running experiments applied, modules outside the
         *     viewer's audience dropped; `experiments` lists the variants shown (report their exposure).
         */
        RenderedPage: {
            /** Experiments */
            experiments: components["schemas"]["Shown"][];
            /** Modules */
            modules: {
                [key: string]: unknown;
            }[];
            /** Page */
            page: string;
            /** Version */
            version: string;
        };
        /** Replayed */
        Replayed: {
            /** Deliveries */
            deliveries: number;
            /** Events */
            events: number;
            /** Next From */
            next_from: string | null;
        };
        /** ReplayRequest */
        ReplayRequest: {
            /**
             * Endpoint Id
             * @description default: every endpoint
             */
            endpoint_id?: string | null;
            /** Event Id */
            event_id?: string | null;
            /** From */
            from?: string | null;
            /** To */
            to?: string | null;
        };
        /** ReplyIn */
        ReplyIn: {
            /** Text */
            text: string;
        };
        /** ReservationRequest */
        ReservationRequest: {
            /**
             * Template Id
             * @description the subscribe-message template the member accepted in ks.requestSubscribeMessage
             */
            template_id: string;
        };
        /** Reserved */
        Reserved: {
            /** Created */
            created: boolean;
            /** Live Id */
            live_id: string;
            /** Reserved */
            reserved: boolean;
            /** Reserved At */
            reserved_at: string | null;
            /** Template Id */
            template_id: string | null;
        };
        /** Results */
        Results: {
            /** Key */
            key: string;
            /** Members Still Needed */
            members_still_needed: number;
            /** Sample Needed Per Variant */
            sample_needed_per_variant: number;
            /** Srm Chi Square */
            srm_chi_square: number | null;
            /** Srm Flagged */
            srm_flagged: boolean;
            /** Srm P Value */
            srm_p_value: number | null;
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "running" | "stopped";
            /** Variants */
            variants: components["schemas"]["VariantResult"][];
            /**
             * Verdict
             * @enum {string}
             */
            verdict: "inconclusive" | "winner" | "no_difference" | "sample_ratio_mismatch";
            /** Winner */
            winner?: string | null;
        };
        /** RetentionCohort */
        RetentionCohort: {
            /** Days */
            days: components["schemas"]["RetentionDay"][];
            /** First Date */
            first_date: string;
            /** Size */
            size: number;
        };
        /** RetentionDay */
        RetentionDay: {
            /** Day */
            day: number;
            /** Rate */
            rate: number | null;
            /**
             * Retained
             * @description cohort visitors who visited again on day N; null until day N is over
             */
            retained: number | null;
        };
        /** RetentionReport */
        RetentionReport: {
            /** Cohorts */
            cohorts: components["schemas"]["RetentionCohort"][];
            /**
             * Overall
             * @description over the cohorts whose day N is over
             */
            overall: components["schemas"]["RetentionDay"][];
            period: components["schemas"]["PeriodOut"];
            /** Segment */
            segment: string;
        };
        /** ReviewIn */
        ReviewIn: {
            /**
             * Photos
             * @description up to 6 https URLs
             */
            photos?: string[];
            /**
             * Rating
             * @description 1–5 stars
             */
            rating: number;
            /**
             * Text
             * @description up to 500 characters
             * @default
             */
            text: string;
        };
        /** Reward */
        Reward: {
            /** Name */
            name: string;
            /** Status */
            status: string | null;
        };
        /** RollbackRequest */
        RollbackRequest: {
            /** To Version */
            to_version: string;
        };
        /** SaleDetail */
        SaleDetail: {
            /** My Units */
            my_units: number;
            /** Reminded */
            reminded: boolean;
            sale: components["schemas"]["SaleView"];
            /** Server Time */
            server_time: string;
        };
        /**
         * SaleIn
         * @description A new flash sale.
         */
        SaleIn: {
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Hold Minutes
             * @description how long a taken unit waits for payment
             * @default 15
             */
            hold_minutes: number;
            /** Image Url */
            image_url?: string | null;
            /**
             * Levels
             * @description empty: every member
             */
            levels?: string[];
            /** Name */
            name: string;
            /**
             * Original Price Fen
             * @description crossed-out price
             */
            original_price_fen?: number | null;
            /**
             * Per Member Limit
             * @default 1
             */
            per_member_limit: number;
            /**
             * Sale Price Fen
             * @description the flash-sale price in fen
             */
            sale_price_fen: number;
            /**
             * Shards
             * @description K stock items (default: configured)
             */
            shards?: number | null;
            /**
             * Sku
             * @description the catalogue product sold (product_id)
             */
            sku: string;
            /**
             * Sku Id
             * @description the product's SKU (size); null: its first
             */
            sku_id?: string | null;
            /**
             * Starts At
             * Format: date-time
             * @description in the future; rounded up to a whole second
             */
            starts_at: string;
            /** Stock */
            stock: number;
            /**
             * Store Id
             * @description the pickup store of its orders; null: the first
             */
            store_id?: string | null;
        };
        /**
         * SalePatch
         * @description Before the start everything may change; once open, only the end and the texts.
         */
        SalePatch: {
            /** Description */
            description?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** Hold Minutes */
            hold_minutes?: number | null;
            /** Image Url */
            image_url?: string | null;
            /** Levels */
            levels?: string[] | null;
            /** Name */
            name?: string | null;
            /** Original Price Fen */
            original_price_fen?: number | null;
            /** Per Member Limit */
            per_member_limit?: number | null;
            /** Sale Price Fen */
            sale_price_fen?: number | null;
            /** Starts At */
            starts_at?: string | null;
            /** Stock */
            stock?: number | null;
        };
        /** Sales */
        Sales: {
            /** Sales */
            sales: components["schemas"]["SaleView"][];
            /** Server Time */
            server_time: string;
        };
        /**
         * SaleSchedules
         * @description The Scheduler expressions (`at(...)`) of the sale's opener and closer, when they exist.
         */
        SaleSchedules: {
            /** Close */
            close?: string | null;
            /** Open */
            open?: string | null;
        };
        /** SaleStock */
        SaleStock: {
            /** Held */
            held: number;
            /** Remaining */
            remaining: number;
            /** Returned */
            returned: number;
            /** Shards */
            shards: components["schemas"]["ShardStock"][];
            /** Stock */
            stock: number;
            /** Taken */
            taken: number;
        };
        /**
         * SaleView
         * @description A sale as the mini-program shows it; `state` and the countdowns use server time.
         */
        SaleView: {
            /** Description */
            description: string;
            /** Ends At */
            ends_at: string;
            /** Image Url */
            image_url: string | null;
            /** Levels */
            levels: string[];
            /** Name */
            name: string;
            /** Original Price Fen */
            original_price_fen: number | null;
            /** Per Member Limit */
            per_member_limit: number;
            /** Sale Id */
            sale_id: string;
            /** Sale Price Fen */
            sale_price_fen: number;
            /**
             * Seconds To End
             * @description 0 once ended
             */
            seconds_to_end: number;
            /**
             * Seconds To Start
             * @description 0 once started
             */
            seconds_to_start: number;
            /** Sku */
            sku: string;
            /** Sku Id */
            sku_id: string | null;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "upcoming" | "open" | "sold_out" | "ended" | "cancelled";
            /** Stock */
            stock: number;
            /** Store Id */
            store_id: string | null;
        };
        /** SampleSize */
        SampleSize: {
            /** Baseline */
            baseline: number;
            /** Mde */
            mde: number;
            /** Per Variant */
            per_variant: number;
            /** Total */
            total: number;
        };
        /** SceneSource */
        SceneSource: {
            /** Scene */
            scene: string | null;
            /** Sessions */
            sessions: number;
            /** Visitors */
            visitors: number;
        };
        /** Seated */
        Seated: {
            group: components["schemas"]["GroupView"];
            order: components["schemas"]["OrderView"];
            /** Replayed */
            replayed: boolean;
            seat: components["schemas"]["SeatView"];
        };
        /** SeatView */
        SeatView: {
            /** Deal Id */
            deal_id: string;
            /** Group Id */
            group_id: string;
            /** Joined At */
            joined_at: string;
            /** Member Id */
            member_id: string;
            /** Order Ref */
            order_ref: string | null;
            /** Paid At */
            paid_at: string | null;
            /**
             * Role
             * @enum {string}
             */
            role: "leader" | "member";
            /** Status */
            status: string;
        };
        /** Segment */
        Segment: {
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /** Rule */
            rule: {
                [key: string]: unknown;
            } | null;
            /** Segment Id */
            segment_id: string;
            /** Size */
            size: number;
            /** Size At */
            size_at: string | null;
            /** Updated At */
            updated_at: string;
        };
        /** SegmentEstimate */
        SegmentEstimate: {
            /** As Of */
            as_of: string | null;
            /** Method */
            method: string;
            /** Sample */
            sample: number;
            /** Size */
            size: number;
        };
        /** SegmentEstimateIn */
        SegmentEstimateIn: {
            /** Rule */
            rule: {
                [key: string]: unknown;
            };
        };
        /** SegmentIn */
        SegmentIn: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "dynamic" | "static";
            /** Name */
            name: string;
            /**
             * Rule
             * @description dynamic: a rule that may also test tags, `{tag: <tag_id>}`
             */
            rule?: {
                [key: string]: unknown;
            } | null;
            /**
             * Snapshot Of
             * @description static: copy the members of this frozen audience ref
             */
            snapshot_of?: string | null;
        };
        /** SegmentMembersIn */
        SegmentMembersIn: {
            /** Member Ids */
            member_ids: string[];
        };
        /** Segments */
        Segments: {
            /** Segments */
            segments: components["schemas"]["Segment"][];
        };
        /** SegmentUpload */
        SegmentUpload: {
            /** Added */
            added: number;
            /** Segment Id */
            segment_id: string;
            /** Size */
            size: number;
        };
        /** SettlementRow */
        SettlementRow: {
            /** Amount Fen */
            amount_fen: number;
            /** Due At */
            due_at: string | null;
            /** Error */
            error: string | null;
            /** Order Id */
            order_id: string;
            /** Out Settle No */
            out_settle_no: string | null;
            /** Requested At */
            requested_at: string | null;
            /** Settled At */
            settled_at: string | null;
            /** Settled Fen */
            settled_fen: number | null;
            /** State */
            state: string;
            /** Store Id */
            store_id: string | null;
            /** Used At */
            used_at: string | null;
        };
        /** Settlements */
        Settlements: {
            /** Next Cursor */
            next_cursor: string | null;
            /** Settlements */
            settlements: components["schemas"]["SettlementRow"][];
        };
        /** SettlementState */
        SettlementState: {
            /** Amount Fen */
            amount_fen: number;
            /** Due At */
            due_at: string | null;
            /** Error */
            error: string | null;
            /** Out Settle No */
            out_settle_no: string | null;
            /** Requested At */
            requested_at: string | null;
            /** Settled At */
            settled_at: string | null;
            /** Settled Fen */
            settled_fen: number | null;
            /** State */
            state: string;
            /** Used At */
            used_at: string | null;
        };
        /** ShardStock */
        ShardStock: {
            /** Initial */
            initial: number;
            /** Remaining */
            remaining: number;
            /** Returned */
            returned: number;
            /** Shard */
            shard: number;
            /** Taken */
            taken: number;
        };
        /** Share */
        Share: {
            /** Image Url */
            image_url: string | null;
            /** Path */
            path: string | null;
            /** Title */
            title: string;
        };
        /** Shipped */
        Shipped: {
            /** Experiment */
            experiment: string;
            /** Page */
            page: string;
            /** Published At */
            published_at: string;
            /** Variant */
            variant: string;
            /** Version */
            version: string;
        };
        /** ShipRequest */
        ShipRequest: {
            /** Variant */
            variant: string;
        };
        /** Shown */
        Shown: {
            /** Experiment */
            experiment: string;
            /** Variant */
            variant: string;
        };
        /** Sku */
        Sku: {
            /**
             * Name
             * @description e.g. 中杯, 大杯
             */
            name: string;
            /**
             * Price Fen
             * @description price in fen (分), 100 = ¥1.00
             */
            price_fen: number;
            /** Sku Id */
            sku_id: string;
        };
        /** SkuView */
        SkuView: {
            /**
             * Name
             * @description e.g. 中杯, 大杯
             */
            name: string;
            /**
             * Price Fen
             * @description price in fen (分), 100 = ¥1.00
             */
            price_fen: number;
            /** Sku Id */
            sku_id: string;
            /** Sold Out */
            sold_out: boolean;
            /**
             * Stock Left
             * @description units left; null = not limited
             */
            stock_left: number | null;
        };
        /** Slide */
        Slide: {
            /** Image Url */
            image_url: string;
            /** Link */
            link?: string | null;
        };
        /** SlotView */
        SlotView: {
            /** Available */
            available: boolean;
            /** Capacity */
            capacity: number;
            /** Remaining */
            remaining: number;
            /** Slot */
            slot: string;
            /** Starts At */
            starts_at: string;
            /** Taken */
            taken: number;
        };
        /** SourcesReport */
        SourcesReport: {
            /** By Scene */
            by_scene: components["schemas"]["SceneSource"][];
            /**
             * By Source
             * @description which video, live room or sharing member
             */
            by_source: components["schemas"]["NamedSource"][];
            /**
             * By Type
             * @description video, live, share, other
             */
            by_type: components["schemas"]["TypeSource"][];
            period: components["schemas"]["PeriodOut"];
            /** Segment */
            segment: string;
        };
        /** StaffAccount */
        StaffAccount: {
            /** Admin Id */
            admin_id: string;
            /** Created At */
            created_at?: string | null;
            /** Disabled */
            disabled: boolean;
            /** Role */
            role: string;
            /** Username */
            username: string;
        };
        /**
         * StaffChange
         * @description What changed on a staff account (each change revokes that account's tokens).
         */
        StaffChange: {
            /** Disabled */
            disabled?: boolean | null;
            /** Password Changed */
            password_changed?: boolean | null;
            /** Role */
            role?: string | null;
            /** Username */
            username: string;
        };
        /** StaffCreate */
        StaffCreate: {
            /** Password */
            password: string;
            /**
             * Role
             * @enum {string}
             */
            role: "owner" | "operator" | "analyst";
            /** Username */
            username: string;
        };
        /** StaffList */
        StaffList: {
            /** Items */
            items: components["schemas"]["StaffAccount"][];
        };
        /** StaffPassword */
        StaffPassword: {
            /** Password */
            password: string;
        };
        /** StaffRole */
        StaffRole: {
            /**
             * Role
             * @enum {string}
             */
            role: "owner" | "operator" | "analyst";
        };
        /** Started */
        Started: {
            assist: components["schemas"]["AssistView"];
            /** Replayed */
            replayed: boolean;
        };
        /** StartRequest */
        StartRequest: {
            /** Campaign Id */
            campaign_id: string;
            /**
             * Notify
             * @description the member accepted the campaign's completion message in ks.requestSubscribeMessage
             * @default false
             */
            notify: boolean;
        };
        /** StockIn */
        StockIn: {
            /**
             * Delta
             * @description units to add (negative: remove)
             */
            delta: number;
        };
        /** StockRequest */
        StockRequest: {
            /**
             * Left
             * @description units left; null = not limited
             */
            left: number | null;
            /** Sku Id */
            sku_id: string;
        };
        /** StoreIn */
        StoreIn: {
            /** Address */
            address: string;
            /**
             * Closes
             * @description HH:MM, Asia/Shanghai
             * @default 22:00
             */
            closes: string;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
            /** Name */
            name: string;
            /**
             * Opens
             * @description HH:MM, Asia/Shanghai
             * @default 10:00
             */
            opens: string;
            /**
             * Phone
             * @default
             */
            phone: string;
            pickup?: components["schemas"]["PickupRules"];
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /**
             * Status
             * @default OPEN
             * @enum {string}
             */
            status: "OPEN" | "CLOSED";
        };
        /** StorePickups */
        StorePickups: {
            /**
             * Orders
             * @description every order of the day, unpaid and closed ones too
             */
            orders: number;
            /**
             * Picked Up
             * @description orders handed over
             */
            picked_up: number;
            /** Store Id */
            store_id: string;
            /** Store Name */
            store_name: string;
            /**
             * Waiting
             * @description paid orders not handed over yet (a group-buy's held ones too)
             */
            waiting: number;
        };
        /** Stores */
        Stores: {
            /** Stores */
            stores: components["schemas"]["StoreView"][];
        };
        /** StoreView */
        StoreView: {
            /** Address */
            address: string;
            /**
             * Closes
             * @description HH:MM, Asia/Shanghai
             * @default 22:00
             */
            closes: string;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
            /** Name */
            name: string;
            /**
             * Opens
             * @description HH:MM, Asia/Shanghai
             * @default 10:00
             */
            opens: string;
            /**
             * Phone
             * @default
             */
            phone: string;
            pickup?: components["schemas"]["PickupRules"];
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /**
             * Status
             * @default OPEN
             * @enum {string}
             */
            status: "OPEN" | "CLOSED";
            /** Store Id */
            store_id: string;
        };
        /** StreakBonus */
        StreakBonus: {
            /**
             * Day
             * @description streak day that earns the bonus, e.g. 7
             */
            day: number;
            /** Points */
            points: number;
        };
        /** Submitted */
        Submitted: {
            /** @description the daily comment task this review completed */
            comment_task: components["schemas"]["CommentTask"] | null;
            /**
             * Created
             * @description false: this review was stored before (a retry); nothing changed
             */
            created: boolean;
            review: components["schemas"]["MyReview"];
        };
        /**
         * SubscribeResults
         * @description ks.requestSubscribeMessage's answer, per template id: accept, reject, ban or filter.
         */
        SubscribeResults: {
            /** Results */
            results: {
                [key: string]: string;
            };
        };
        /** Tag */
        Tag: {
            /** Description */
            description: string | null;
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /** Rule */
            rule: {
                [key: string]: unknown;
            } | null;
            /** Size */
            size: number;
            /** Tag Id */
            tag_id: string;
            /** Updated At */
            updated_at: string | null;
            /** Version */
            version: number;
        };
        /** TagChange */
        TagChange: {
            /** Changed */
            changed: boolean;
            /** Member Id */
            member_id: string;
            /** Tag Id */
            tag_id: string;
        };
        /** TagIn */
        TagIn: {
            /** Description */
            description?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "manual" | "rule";
            /** Name */
            name: string;
            /**
             * Rule
             * @description required for kind rule
             */
            rule?: {
                [key: string]: unknown;
            } | null;
        };
        /** TagMembers */
        TagMembers: {
            /** Member Ids */
            member_ids: string[];
            /** Next Cursor */
            next_cursor: string | null;
            /** Tag Id */
            tag_id: string;
        };
        /** TagRun */
        TagRun: {
            /** Added */
            added: number;
            /** Compute Ms */
            compute_ms: number;
            /** Finished At */
            finished_at: string;
            /** Kind */
            kind: string;
            /** Members */
            members: number;
            /** Removed */
            removed: number;
            /** Started At */
            started_at: string;
            /** Total Ms */
            total_ms: number;
        };
        /** Tags */
        Tags: {
            /** Runs */
            runs: components["schemas"]["TagRun"][];
            /** Tags */
            tags: components["schemas"]["Tag"][];
        };
        /**
         * TaskBody
         * @description A task as the admin route takes it (the id is in the path).
         */
        TaskBody: {
            /**
             * Browse Seconds
             * @description browse tasks only
             */
            browse_seconds?: number | null;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Enabled
             * @default true
             */
            enabled: boolean;
            /**
             * Kind
             * @enum {string}
             */
            kind: "checkin" | "share" | "comment" | "browse" | "first_order" | "invite" | "assist";
            /**
             * Limit
             * @description completions per period
             * @default 1
             */
            limit: number;
            /**
             * Period
             * @default day
             * @enum {string}
             */
            period: "day" | "once";
            /** Points */
            points: number;
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /** Title */
            title: string;
        };
        /** TaskCompleteIn */
        TaskCompleteIn: {
            /**
             * Target
             * @description what was shared
             */
            target?: string | null;
        };
        /** TaskCompletionOut */
        TaskCompletionOut: {
            /** Completed */
            completed: boolean;
            /** Done */
            done: number;
            /** Limit */
            limit: number;
            /** Points */
            points: number;
            /** Task Id */
            task_id: string;
        };
        /** TaskDeleted */
        TaskDeleted: {
            /** Deleted */
            deleted: boolean;
            /** Existed */
            existed: boolean;
            /** Task Id */
            task_id: string;
        };
        /** TaskRule */
        TaskRule: {
            /**
             * Browse Seconds
             * @description browse tasks only
             */
            browse_seconds?: number | null;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Enabled
             * @default true
             */
            enabled: boolean;
            /**
             * Kind
             * @enum {string}
             */
            kind: "checkin" | "share" | "comment" | "browse" | "first_order" | "invite" | "assist";
            /**
             * Limit
             * @description completions per period
             * @default 1
             */
            limit: number;
            /**
             * Period
             * @default day
             * @enum {string}
             */
            period: "day" | "once";
            /** Points */
            points: number;
            /**
             * Sort
             * @default 0
             */
            sort: number;
            /**
             * Task Id
             * @description a-z, 0-9, _ and -
             */
            task_id: string;
            /** Title */
            title: string;
        };
        /** TaskRules */
        TaskRules: {
            /** Tasks */
            tasks: components["schemas"]["TaskRule"][];
        };
        /** Tasks */
        Tasks: {
            /** Day */
            day: string;
            /** Tasks */
            tasks: components["schemas"]["TaskToday"][];
        };
        /** TaskStarted */
        TaskStarted: {
            /** Complete After */
            complete_after: string;
            /** Expires At */
            expires_at: string;
            /** Started At */
            started_at: string;
            /** Task Id */
            task_id: string;
        };
        /** TaskToday */
        TaskToday: {
            /** Browse Seconds */
            browse_seconds: number | null;
            /** Claimable */
            claimable: boolean;
            /** Completed */
            completed: boolean;
            /** Description */
            description: string;
            /** Done */
            done: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "checkin" | "share" | "comment" | "browse" | "first_order" | "invite" | "assist";
            /** Limit */
            limit: number;
            /**
             * Period
             * @enum {string}
             */
            period: "day" | "once";
            /** Points */
            points: number;
            /** Task Id */
            task_id: string;
            /** Title */
            title: string;
        };
        /**
         * TemplateIn
         * @description A new template.
         */
        TemplateIn: {
            /**
             * Audience
             * @default everyone
             * @enum {string}
             */
            audience: "everyone" | "new_members" | "levels";
            /**
             * Claim Ends At
             * Format: date-time
             */
            claim_ends_at: string;
            /**
             * Claim Starts At
             * @description default: now
             */
            claim_starts_at?: string | null;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Levels
             * @description audience levels
             */
            levels?: string[];
            /** Name */
            name: string;
            /**
             * New Member Days
             * @description audience new_members: joined within
             * @default 7
             */
            new_member_days: number;
            /**
             * Obtain
             * @description public claim, a code, or grants only
             * @default public
             * @enum {string}
             */
            obtain: "public" | "code" | "grant";
            /**
             * Per Member Limit
             * @description claims (and codes) per member
             * @default 1
             */
            per_member_limit: number;
            terms: components["schemas"]["Terms"];
            /**
             * Total Stock
             * @description null: unlimited
             */
            total_stock?: number | null;
            /** Validity */
            validity: components["schemas"]["FixedValidity"] | components["schemas"]["RelativeValidity"];
        };
        /**
         * TemplatePatch
         * @description What may change after creation. Terms and validity are fixed: create a new template.
         */
        TemplatePatch: {
            /** Audience */
            audience?: ("everyone" | "new_members" | "levels") | null;
            /** Claim Ends At */
            claim_ends_at?: string | null;
            /** Claim Starts At */
            claim_starts_at?: string | null;
            /** Description */
            description?: string | null;
            /** Levels */
            levels?: string[] | null;
            /** Name */
            name?: string | null;
            /** New Member Days */
            new_member_days?: number | null;
            /** Per Member Limit */
            per_member_limit?: number | null;
            /**
             * Total Stock
             * @description null: unlimited
             */
            total_stock?: number | null;
        };
        /** Templates */
        Templates: {
            /** Templates */
            templates: components["schemas"]["TemplateView"][];
        };
        /** TemplateStats */
        TemplateStats: {
            /**
             * Available
             * @description held and usable now
             */
            available: number;
            /**
             * By Code
             * @description taken with a code
             */
            by_code: number;
            /**
             * Claimed
             * @description taken by public claim
             */
            claimed: number;
            /**
             * Expired
             * @description held but past their validity, never used
             */
            expired: number;
            /**
             * Granted
             * @description granted by other capabilities or staff
             */
            granted: number;
            /**
             * Locked
             * @description locked to an unpaid order
             */
            locked: number;
            /** Stock Left */
            stock_left: number | null;
            /** Total Stock */
            total_stock: number | null;
            /** Used */
            used: number;
        };
        /** TemplateView */
        TemplateView: {
            /** Audience */
            audience: string;
            /** Claim Ends At */
            claim_ends_at: string;
            /** Claim Starts At */
            claim_starts_at: string;
            /** Created At */
            created_at: string;
            /** Description */
            description: string;
            /** Headline */
            headline: string;
            /** Levels */
            levels: string[];
            /** Name */
            name: string;
            /** New Member Days */
            new_member_days: number;
            /** Obtain */
            obtain: string;
            /** Per Member Limit */
            per_member_limit: number;
            /** Status */
            status: string;
            /** Stock Left */
            stock_left: number | null;
            /** Template Id */
            template_id: string;
            terms: components["schemas"]["Terms"];
            /** Total Stock */
            total_stock: number | null;
            /** Updated At */
            updated_at: string;
            /** Validity */
            validity: {
                [key: string]: unknown;
            };
            /** Version */
            version: number;
        };
        /** TemplateWithStats */
        TemplateWithStats: {
            stats: components["schemas"]["TemplateStats"];
            template: components["schemas"]["TemplateView"];
        };
        /**
         * Terms
         * @description The rules a coupon carries. Copied onto every issued coupon: a claimed coupon keeps
         *     the terms it was claimed with, whatever happens to the template later.
         */
        Terms: {
            /**
             * Amount Off Fen
             * @description fixed, threshold, first_order: fen off
             */
            amount_off_fen?: number | null;
            /**
             * Kind
             * @description fixed 立减 | threshold 满减 | percent 折扣 (capped) | first_order 首单立减
             * @enum {string}
             */
            kind: "fixed" | "threshold" | "percent" | "first_order";
            /**
             * Max Off Fen
             * @description percent: the cap on the saving
             */
            max_off_fen?: number | null;
            /**
             * Min Spend Fen
             * @description spend on in-scope goods needed to use the coupon
             * @default 0
             */
            min_spend_fen: number;
            /**
             * Pay Rate Bp
             * @description percent: share paid in basis points, 8800 = 8.8折
             */
            pay_rate_bp?: number | null;
            /**
             * Restore On Refund
             * @description a refund gives the coupon back
             * @default false
             */
            restore_on_refund: boolean;
            /**
             * Scope
             * @description whole order, some categories or some products
             * @default order
             * @enum {string}
             */
            scope: "order" | "categories" | "products";
            /**
             * Scope Ids
             * @description category or product ids
             */
            scope_ids?: string[];
            /**
             * Store Ids
             * @description empty: every store
             */
            store_ids?: string[];
        };
        /** TrafficByDay */
        TrafficByDay: {
            /** Day */
            day: string;
            /** Pv */
            pv: number;
            /** Uv */
            uv: number;
        };
        /** TrafficByDayPage */
        TrafficByDayPage: {
            /** Day */
            day: string;
            /** Page */
            page: string;
            /** Pv */
            pv: number;
            /** Uv */
            uv: number;
        };
        /** TrafficByPage */
        TrafficByPage: {
            /** Page */
            page: string;
            /** Pv */
            pv: number;
            /** Uv */
            uv: number;
        };
        /** TrafficCounts */
        TrafficCounts: {
            /** Pv */
            pv: number;
            /** Uv */
            uv: number;
        };
        /** TrafficReport */
        TrafficReport: {
            /** By Day */
            by_day: components["schemas"]["TrafficByDay"][];
            /** By Day Page */
            by_day_page: components["schemas"]["TrafficByDayPage"][];
            /** By Page */
            by_page: components["schemas"]["TrafficByPage"][];
            /** Page */
            page: string | null;
            period: components["schemas"]["PeriodOut"];
            /** Segment */
            segment: string;
            total: components["schemas"]["TrafficCounts"];
        };
        /** TypeSource */
        TypeSource: {
            /** Sessions */
            sessions: number;
            /** Source Type */
            source_type: string;
            /** Visitors */
            visitors: number;
        };
        /** Upserted */
        Upserted: {
            /** External Id */
            external_id: string;
            /** Member Id */
            member_id: string | null;
            /** Result */
            result: string;
        };
        /** Variant */
        Variant: {
            /** Layout */
            layout?: (components["schemas"]["BannerCarousel"] | components["schemas"]["ProductList"] | components["schemas"]["RecommendedProducts"] | components["schemas"]["CouponBlock"] | components["schemas"]["CheckinEntry"] | components["schemas"]["FlashSaleStrip"] | components["schemas"]["AssistEntry"] | components["schemas"]["LiveEntry"] | components["schemas"]["FirstOrderPopup"] | components["schemas"]["CustomerServicePopup"])[] | null;
            /** Module Overrides */
            module_overrides?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /** Name */
            name: string;
            /** Weight */
            weight: number;
        };
        /** VariantResult */
        VariantResult: {
            /** Chance To Beat Control */
            chance_to_beat_control?: number | null;
            /** Conversions */
            conversions: number;
            /** Exposures */
            exposures: number;
            /** Is Control */
            is_control: boolean;
            /** P Value */
            p_value?: number | null;
            /** Rate */
            rate: number;
            /** Rate Ci */
            rate_ci: [
                number,
                number
            ];
            /** Revenue P Value */
            revenue_p_value?: number | null;
            /** Revenue Per Member Fen */
            revenue_per_member_fen: number;
            /** Revenue T */
            revenue_t?: number | null;
            /** Uplift */
            uplift?: number | null;
            /** Uplift Ci */
            uplift_ci?: [
                number,
                number
            ] | null;
            /** Variant */
            variant: string;
            /** Weight */
            weight: number;
            /** Z */
            z?: number | null;
        };
        /** VerifyIn */
        VerifyIn: {
            /** Certificate Id */
            certificate_id: string;
            /** Store Id */
            store_id: string;
            /** Verify Token */
            verify_token: string;
        };
        /** Version */
        Version: {
            /** Created At */
            created_at: string;
            /** Layout */
            layout: {
                [key: string]: unknown;
            }[];
            /** Live */
            live: boolean;
            /** Page */
            page: string;
            /** Published At */
            published_at: string | null;
            /** Version */
            version: string;
        };
        /** VersionInfo */
        VersionInfo: {
            /** Created At */
            created_at: string;
            /** Live */
            live: boolean;
            /** Published At */
            published_at: string | null;
            /** Version */
            version: string;
        };
        /** Versions */
        Versions: {
            /** Page */
            page: string;
            /** Versions */
            versions: components["schemas"]["VersionInfo"][];
        };
        /** ViewerState */
        ViewerState: {
            /** Helped */
            helped: boolean;
            /** Is Initiator */
            is_initiator: boolean;
        };
        /** VoucherList */
        VoucherList: {
            /** Day */
            day: string;
            /** Vouchers */
            vouchers: components["schemas"]["VoucherView"][];
        };
        /** VoucherReconIssue */
        VoucherReconIssue: {
            /** Kind */
            kind: string;
            /** Note */
            note: string;
            /** Platform Fen */
            platform_fen: number | null;
            /** Ref */
            ref: string;
            /** Siyu Fen */
            siyu_fen: number | null;
        };
        /** VoucherSettingsIn */
        VoucherSettingsIn: {
            /**
             * First Visit Template Id
             * @description coupon template given to a buyer when first linked
             */
            first_visit_template_id?: string | null;
            /**
             * Points Per Yuan
             * @description points per yuan the buyer paid, once linked
             * @default 1
             */
            points_per_yuan: number;
            /**
             * Pois
             * @description Siyu store_id → the store's local-life POI id
             */
            pois?: {
                [key: string]: string;
            };
        };
        /** VoucherView */
        VoucherView: {
            /** Cancelled At */
            cancelled_at: string | null;
            /** Certificate Id */
            certificate_id: string;
            /** Error Code */
            error_code: string | null;
            /** Expires At */
            expires_at: string;
            /**
             * Groupon Type
             * @description 1 团购券, 2 代金券, 3 次卡 (GUESS: Douyin's enum)
             */
            groupon_type: number;
            /**
             * Join Path
             * @description while no member is linked: the mini-program page the counter's join QR opens
             */
            join_path: string | null;
            /** Member Id */
            member_id: string | null;
            /** Order Id */
            order_id: string | null;
            /** Original Fen */
            original_fen: number;
            /** Pay Fen */
            pay_fen: number;
            /** Points Awarded */
            points_awarded: number;
            /** Starts At */
            starts_at: string;
            /**
             * State
             * @description prepared | verifying | verified | cancelling | cancelled | failed
             */
            state: string;
            /** Store Id */
            store_id: string | null;
            /** Title */
            title: string;
            /**
             * Undo Until
             * @description the undo (撤销) is allowed until this time
             */
            undo_until: string | null;
            /** Verified At */
            verified_at: string | null;
            /** Verify Id */
            verify_id: string | null;
        };
        /** Wallet */
        Wallet: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Coupons */
            coupons: components["schemas"]["CouponView"][];
        };
        /** WebhookAttempt */
        WebhookAttempt: {
            /** At */
            at: string;
            /** Attempt */
            attempt: number;
            /** Endpoint Id */
            endpoint_id: string;
            /** Error */
            error: string | null;
            /** Latency Ms */
            latency_ms: number;
            /** Outcome */
            outcome: string;
            /** Response */
            response: string | null;
            /** Round */
            round: number;
            /** Status Code */
            status_code: number | null;
        };
        /** WebhookDeliveries */
        WebhookDeliveries: {
            /** Deliveries */
            deliveries: components["schemas"]["WebhookDelivery"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** WebhookDelivery */
        WebhookDelivery: {
            /** Attempts */
            attempts: number;
            /** Endpoint Id */
            endpoint_id: string;
            /** Event Id */
            event_id: string;
            /** Last Error */
            last_error: string | null;
            /** Last Status */
            last_status: number | null;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Round */
            round: number;
            /** Status */
            status: string;
            /** Type */
            type: string;
            /** Updated At */
            updated_at: string;
        };
        /** WebhookEndpoint */
        WebhookEndpoint: {
            /** Created At */
            created_at: string;
            /** Description */
            description: string | null;
            /** Disabled Reason */
            disabled_reason: string | null;
            /** Enabled */
            enabled: boolean;
            /** Endpoint Id */
            endpoint_id: string;
            /** Event Types */
            event_types: string[];
            /** Failing Since */
            failing_since: string | null;
            /** Rotation Overlap Until */
            rotation_overlap_until: string | null;
            /** Updated At */
            updated_at: string;
            /** Url */
            url: string;
        };
        /** WebhookEndpoints */
        WebhookEndpoints: {
            /** Endpoints */
            endpoints: components["schemas"]["WebhookEndpoint"][];
            /** Event Types */
            event_types: string[];
            /** Max Endpoints */
            max_endpoints: number;
        };
        /** WebhookEndpointWithSecret */
        WebhookEndpointWithSecret: {
            /** Created At */
            created_at: string;
            /** Description */
            description: string | null;
            /** Disabled Reason */
            disabled_reason: string | null;
            /** Enabled */
            enabled: boolean;
            /** Endpoint Id */
            endpoint_id: string;
            /** Event Types */
            event_types: string[];
            /** Failing Since */
            failing_since: string | null;
            /** Rotation Overlap Until */
            rotation_overlap_until: string | null;
            /** Secret */
            secret: string;
            /** Updated At */
            updated_at: string;
            /** Url */
            url: string;
        };
        /** WebhookEventHistory */
        WebhookEventHistory: {
            /** Aggregate */
            aggregate: string;
            /** Attempts */
            attempts: components["schemas"]["WebhookAttempt"][];
            /** Deliveries */
            deliveries: components["schemas"]["WebhookDelivery"][];
            /** Event Id */
            event_id: string;
            /** Occurred At */
            occurred_at: string;
            /** Payload */
            payload: {
                [key: string]: unknown;
            };
            /** Sequence */
            sequence: number;
            /** Type */
            type: string;
        };
        /**
         * Window
         * @description At most `max` in a fixed window of `minutes`.
         */
        Window: {
            /** Max */
            max: number;
            /** Minutes */
            minutes: number;
        };
        /** Withdrawn */
        Withdrawn: {
            /** Live Id */
            live_id: string;
            /** Reserved */
            reserved: boolean;
            /** Reserved At */
            reserved_at: string | null;
            /** Template Id */
            template_id: string | null;
            /** Withdrawn */
            withdrawn: boolean;
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
    list_campaigns_v1_admin_assist_campaigns_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaigns"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_campaign_v1_admin_assist_campaigns_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "reward": {
                 *         "kind": "coupon",
                 *         "template_id": "demo"
                 *       },
                 *       "helps_needed": 1,
                 *       "hours_to_complete": 1,
                 *       "ends_at": "2026-12-01T10:00:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["CampaignIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND, COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_campaign_v1_admin_assist_campaigns__campaign_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    edit_campaign_v1_admin_assist_campaigns__campaign_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["CampaignPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    flagged_helps_v1_admin_assist_campaigns__campaign_id__flags_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the last page */
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flags"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    report_v1_admin_assist_report_get: {
        parameters: {
            query?: {
                /** @description only this campaign */
                campaign_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignReports"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_rules_v1_admin_assist_rules_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistRules"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_rules_v1_admin_assist_rules_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["AssistRules"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistRules"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_login_v1_admin_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "demo",
                 *       "password": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["AdminLoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSession"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: ADMIN_LOGIN_FAILED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_logout_v1_admin_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_birthday_reward_v1_admin_birthday_reward_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BirthdayRule"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_birthday_reward_v1_admin_birthday_reward_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["BirthdayRule"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BirthdayRule"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_categories_v1_admin_categories_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Categories"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_put_category_v1_admin_categories__category_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["CategoryIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_checkin_rules_v1_admin_checkin_rules_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinRules"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_checkin_rules_v1_admin_checkin_rules_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["CheckinRules"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinRules"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_code_v1_admin_coupon_codes_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "demo",
                 *       "template_id": "demo",
                 *       "starts_at": "2026-12-01T10:00:00+08:00",
                 *       "ends_at": "2026-12-01T10:00:00+08:00",
                 *       "max_uses": 1
                 *     }
                 */
                "application/json": components["schemas"]["CodeCreateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_NOT_FOUND, COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_EXISTS, COUPON_NOT_CLAIMABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_code_v1_admin_coupon_codes__code__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["CodePatchRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_templates_v1_admin_coupon_templates_get: {
        parameters: {
            query?: {
                /** @description only this channel */
                obtain?: ("public" | "code" | "grant") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Templates"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_template_v1_admin_coupon_templates_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "terms": {
                 *         "kind": "fixed"
                 *       },
                 *       "validity": {
                 *         "kind": "fixed",
                 *         "starts_at": "2026-12-01T10:00:00+08:00",
                 *         "ends_at": "2026-12-01T10:00:00+08:00"
                 *       },
                 *       "claim_ends_at": "2026-12-01T10:00:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["TemplateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_template_v1_admin_coupon_templates__template_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateWithStats"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    edit_template_v1_admin_coupon_templates__template_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TemplatePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_STOCK_TOO_LOW, REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    template_codes_v1_admin_coupon_templates__template_id__codes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Codes"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_grant_v1_admin_coupon_templates__template_id__grants_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "member_id": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["AdminGrantRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Granted"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): COUPON_NOT_ELIGIBLE, FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND, MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_DISABLED, COUPON_CODE_ENDED, COUPON_CODE_LIMIT_REACHED, COUPON_CODE_NOT_STARTED, COUPON_CODE_USED_UP, COUPON_ENDED, COUPON_LIMIT_REACHED, COUPON_NOT_CLAIMABLE, COUPON_NOT_STARTED, COUPON_PAUSED, COUPON_SOLD_OUT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pause_template_v1_admin_coupon_templates__template_id__pause_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resume_template_v1_admin_coupon_templates__template_id__resume_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_integrations_v1_admin_crm_integrations_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integrations"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_integration_v1_admin_crm_integrations_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "scopes": [
                 *         "members:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationSpec"];
            };
        };
        responses: {
            /** @description the integration and its API key (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationWithKey"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revoke_integration_v1_admin_crm_integrations__integration_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_INTEGRATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_experiments_v1_admin_experiments_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiments"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_experiment_v1_admin_experiments__key__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "demo",
                 *       "name": "demo",
                 *       "page": "demo",
                 *       "variants": [
                 *         {
                 *           "name": "demo",
                 *           "weight": 0
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ExperimentDef"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDef"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    experiment_results_v1_admin_experiments__key__results_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Results"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ship_variant_v1_admin_experiments__key__ship_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "variant": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["ShipRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipped"];
                };
            };
            /** @description invalid request: EXPERIMENT_UNKNOWN_VARIANT, INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND, PAGE_NOT_PUBLISHED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAGE_VERSION_EXISTS, PAGE_VERSION_NEVER_PUBLISHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    start_experiment_v1_admin_experiments__key__start_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDef"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stop_experiment_v1_admin_experiments__key__stop_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDef"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sample_size_v1_admin_experiments_sample_size_get: {
        parameters: {
            query: {
                alpha?: number;
                /** @description control conversion rate, e.g. 0.1 */
                baseline: number;
                /** @description relative effect to detect, e.g. 0.2 = +20% */
                mde: number;
                power?: number;
                variants?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SampleSize"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_admin_flash_sales_v1_admin_flash_sales_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSales"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_flash_sale_v1_admin_flash_sales_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "demo",
                 *       "name": "demo",
                 *       "sale_price_fen": 1,
                 *       "stock": 1,
                 *       "starts_at": "2026-12-01T10:00:00+08:00",
                 *       "ends_at": "2026-12-01T10:00:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["SaleIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSaleView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_FOUND, PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SCHEDULE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_admin_flash_sale_v1_admin_flash_sales__sale_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sale_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSaleDetail"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    edit_flash_sale_v1_admin_flash_sales__sale_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sale_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["SalePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSaleView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_EDITABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SCHEDULE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancel_flash_sale_v1_admin_flash_sales__sale_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sale_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSaleView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_EDITABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SCHEDULE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_gifts_v1_admin_gifts_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminGifts"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_gift_v1_admin_gifts__gift_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gift_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "points_cost": 1
                 *     }
                 */
                "application/json": components["schemas"]["GiftDefinition"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminGift"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    gift_stock_v1_admin_gifts__gift_id__stock_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-128 printable characters; a retry with the same key returns the first response */
                "idempotency-key"?: string | null;
            };
            path: {
                gift_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delta": -1000000
                 *     }
                 */
                "application/json": components["schemas"]["StockIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminGift"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GIFT_STOCK_TOO_LOW, REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_admin_group_deals_v1_admin_group_buys_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deals"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_group_deal_v1_admin_group_buys_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "demo",
                 *       "name": "demo",
                 *       "group_price_fen": 1,
                 *       "group_size": 2,
                 *       "hours_to_fill": 1,
                 *       "ends_at": "2026-12-01T10:00:00+08:00"
                 *     }
                 */
                "application/json": components["schemas"]["DealIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GROUP_DEAL_NOT_FOUND, PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    end_group_deal_v1_admin_group_buys__deal_id__end_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GROUP_DEAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_admin_deal_groups_v1_admin_group_buys__deal_id__groups_get: {
        parameters: {
            query?: {
                /** @description only this status */
                status?: ("FORMING" | "FORMED" | "FAILED") | null;
            };
            header?: never;
            path: {
                deal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealGroups"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_levels_v1_admin_levels_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelRules"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_levels_v1_admin_levels_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "levels": [
                 *         {
                 *           "key": "demo",
                 *           "name": "demo",
                 *           "threshold": 0
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LevelRules"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelRules"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_list_v1_admin_lives_get: {
        parameters: {
            query?: {
                /** @description UTC ISO-8601 */
                ended_after?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLives"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_create_v1_admin_lives_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "demo",
                 *       "cover_url": "https://cdn.example/1.jpg",
                 *       "host_name": "demo",
                 *       "starts_at": "2026-12-01T10:00:00+08:00",
                 *       "ends_at": "2026-12-01T10:00:00+08:00",
                 *       "live_room": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["LiveSpec"];
            };
        };
        responses: {
            /** @description the live */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLive"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_NOT_FOUND, COUPON_TEMPLATE_NOT_FOUND, LIVE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_EXISTS, COUPON_NOT_CLAIMABLE, REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_get_v1_admin_lives__live_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLive"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description LIVE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_cancel_v1_admin_lives__live_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLive"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_NOT_FOUND, LIVE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_patch_v1_admin_lives__live_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["LivePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLive"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_NOT_FOUND, COUPON_TEMPLATE_NOT_FOUND, LIVE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_EXISTS, COUPON_NOT_CLAIMABLE, LIVE_ALREADY_STARTED, LIVE_CANCELLED, LIVE_CHANGED, LIVE_ENDED, REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_figures_v1_admin_lives__live_id__figures_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveFigures"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_NOT_FOUND, LIVE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_failures_v1_admin_lives__live_id__reminders__reminder_key__failures_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
                reminder_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderFailures"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description LIVE_NOT_FOUND, REMINDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    search_members_v1_admin_members_get: {
        parameters: {
            query: {
                /** @description id, masked phone or nickname */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberSearch"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_profile_v1_admin_members__member_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberProfile"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_checkins_v1_admin_members__member_id__checkins_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM, default this month */
                month?: string | null;
            };
            header?: never;
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinCalendar"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_coupons_v1_admin_members__member_id__coupons_get: {
        parameters: {
            query?: {
                /** @description only this state */
                state?: ("usable" | "locked" | "used" | "expired") | null;
            };
            header?: never;
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wallet"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_events_v1_admin_members__member_id__events_get: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberEvents"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_points_v1_admin_members__member_id__points_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPointsOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adjust_points_v1_admin_members__member_id__points_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-128 printable characters; a retry with the same key returns the first response */
                "idempotency-key"?: string | null;
            };
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delta": -1000000,
                 *       "reason": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["AdjustIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_BUSY, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_redemptions_v1_admin_members__member_id__redemptions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionsOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_tags_v1_admin_members__member_id__tags_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberTags"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tag_member_v1_admin_members__member_id__tags__tag_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: string;
                /** @description lower-case letters, digits and - */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagChange"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_NOT_MANUAL */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    untag_member_v1_admin_members__member_id__tags__tag_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                member_id: string;
                /** @description lower-case letters, digits and - */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagChange"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_NOT_MANUAL */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_orders_v1_admin_orders_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description pickup day YYYY-MM-DD, default today */
                day?: string | null;
                /** @description page size */
                limit?: number;
                member_id?: string | null;
                /** @description shop | flash_sale | group_buy | ks_local */
                source?: string | null;
                /** @description PENDING_PAYMENT | PAID | PICKED_UP | CANCELLED | EXPIRED | REFUND_REQUESTED | REFUNDING | REFUNDED | REFUND_FAILED */
                status?: string | null;
                store_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Orders"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_order_v1_admin_orders__order_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_order_kuaishou_v1_admin_orders__order_id__kuaishou_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderKuaishou"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_picked_up_v1_admin_orders__order_id__picked_up_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_PICKABLE, ORDER_ON_HOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_reconcile_v1_admin_orders__order_id__reconcile_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYMENT_AMOUNT_MISMATCH, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_approve_refund_v1_admin_orders__order_id__refund_approve_post: {
        parameters: {
            query?: {
                /** @description the merchant accepts losing Kuaishou's fee of a settled order */
                confirm_fee_loss?: boolean;
            };
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REFUND_AFTER_SETTLEMENT, REFUND_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_reject_refund_v1_admin_orders__order_id__refund_reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REFUND_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_module_schemas_v1_admin_page_modules_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleKinds"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rollback_v1_admin_pages__page__rollback_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to_version": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["RollbackRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Published"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAGE_VERSION_NEVER_PUBLISHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_versions_v1_admin_pages__page__versions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Versions"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_version_v1_admin_pages__page__versions__version__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Version"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_version_v1_admin_pages__page__versions__version__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "layout": [
                 *         {}
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DraftRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAGE_VERSION_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    preview_version_v1_admin_pages__page__versions__version__preview_get: {
        parameters: {
            query?: {
                level_rank?: number;
                new_member?: boolean;
                unit_id?: string | null;
            };
            header?: never;
            path: {
                page: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedPage"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publish_version_v1_admin_pages__page__versions__version__publish_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Published"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAGE_VERSION_NEVER_PUBLISHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_pickup_summary_v1_admin_pickup_summary_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD (Asia/Shanghai), default today */
                day?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickupSummary"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_pickup_v1_admin_pickups__code__get: {
        parameters: {
            query: {
                /** @description YYYY-MM-DD (Asia/Shanghai), default today */
                day?: string | null;
                store_id: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND, PICKUP_CODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_products_v1_admin_products_get: {
        parameters: {
            query?: {
                category_id?: string | null;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Products"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_put_product_v1_admin_products__product_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "category_id": "demo",
                 *       "skus": [
                 *         {
                 *           "sku_id": "demo",
                 *           "name": "demo",
                 *           "price_fen": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ProductIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CATEGORY_NOT_FOUND, PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_product_reviews_v1_admin_products__product_id__reviews_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
                status?: "SHOWN" | "HIDDEN";
            };
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminProductReviews"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_put_stock_v1_admin_products__product_id__stock_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku_id": "demo",
                 *       "left": 0
                 *     }
                 */
                "application/json": components["schemas"]["StockRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_campaigns_v1_admin_push_campaigns_get: {
        parameters: {
            query?: {
                /** @description newest first */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushCampaigns"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_campaign_v1_admin_push_campaigns_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "segment_id": "demo",
                 *       "template_id": "demo",
                 *       "page": "demo",
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["CampaignSpec"];
            };
        };
        responses: {
            /** @description the campaign (DRAFT) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushCampaignView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_campaign_v1_admin_push_campaigns__campaign_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushCampaignView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PUSH_CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    send_campaign_v1_admin_push_campaigns__campaign_id__send_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushCampaignView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PUSH_CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_grants_v1_admin_push_grants_get: {
        parameters: {
            query?: {
                /** @description newest first */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grants"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_grant_v1_admin_push_grants_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "segment_id": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["GrantSpec"];
            };
        };
        responses: {
            /** @description the grant (DRAFT) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND, GRANT_NOT_FOUND, SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_grant_v1_admin_push_grants__grant_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GRANT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    send_grant_v1_admin_push_grants__grant_id__send_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GRANT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_reconciliation_v1_admin_reconciliations__day__get: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description YYYY-MM-DD (Asia/Shanghai) */
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RECONCILIATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_run_reconciliation_v1_admin_reconciliations__day__run_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD (Asia/Shanghai) */
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND, RECONCILIATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYMENT_AMOUNT_MISMATCH, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_redemption_v1_admin_redemptions__code__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REDEMPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    use_redemption_v1_admin_redemptions__code__use_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-128 printable characters; a retry with the same key returns the first response */
                "idempotency-key"?: string | null;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REDEMPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REDEMPTION_ALREADY_USED, REDEMPTION_EXPIRED, REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_refunds_v1_admin_refunds_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
                /** @description REQUESTED | REJECTED | REFUNDING | REFUNDED | FAILED */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refunds"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bounce_report_v1_admin_reports_bounce_get: {
        parameters: {
            query: {
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description only this page */
                page?: string | null;
                /** @description all; members or anonymous visitors; sessions launched from a video, live room or share */
                segment?: "all" | "members" | "anonymous" | "video" | "live" | "share";
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BounceReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    business_report_v1_admin_reports_business_get: {
        parameters: {
            query: {
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dwell_report_v1_admin_reports_dwell_get: {
        parameters: {
            query: {
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description only this page */
                page?: string | null;
                /** @description all; members or anonymous visitors; sessions launched from a video, live room or share */
                segment?: "all" | "members" | "anonymous" | "video" | "live" | "share";
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DwellReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    funnel_report_v1_admin_reports_funnel_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "2026-12-01",
                 *       "to": "2026-12-01",
                 *       "steps": [
                 *         {
                 *           "event": "demo"
                 *         },
                 *         {
                 *           "event": "demo"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FunnelRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    heatmap_report_v1_admin_reports_heatmap_get: {
        parameters: {
            query: {
                cols?: number;
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description the page */
                page: string;
                rows?: number;
                /** @description all; members or anonymous visitors; sessions launched from a video, live room or share */
                segment?: "all" | "members" | "anonymous" | "video" | "live" | "share";
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeatmapReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    kpi_report_v1_admin_reports_kpi_get: {
        parameters: {
            query: {
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retention_report_v1_admin_reports_retention_get: {
        parameters: {
            query: {
                /** @description comma-separated days after the first visit, each 1..30 (default 1,7,30; the console's grid asks 1..30) */
                days?: string;
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description all; members or anonymous visitors; sessions launched from a video, live room or share */
                segment?: "all" | "members" | "anonymous" | "video" | "live" | "share";
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sources_report_v1_admin_reports_sources_get: {
        parameters: {
            query: {
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description all; members or anonymous visitors; sessions launched from a video, live room or share */
                segment?: "all" | "members" | "anonymous" | "video" | "live" | "share";
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcesReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    traffic_report_v1_admin_reports_traffic_get: {
        parameters: {
            query: {
                /** @description first day (Asia/Shanghai), YYYY-MM-DD */
                from: string;
                /** @description only this page */
                page?: string | null;
                /** @description all; members or anonymous visitors; sessions launched from a video, live room or share */
                segment?: "all" | "members" | "anonymous" | "video" | "live" | "share";
                /** @description last day, inclusive; at most 93 days */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrafficReport"];
                };
            };
            /** @description invalid request: INVALID_JSON, REPORT_RANGE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    hide_review_v1_admin_reviews__review_id__hide_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["HideIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReview"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REVIEW_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REVIEW_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reply_review_v1_admin_reviews__review_id__reply_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["ReplyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReview"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REVIEW_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restore_review_v1_admin_reviews__review_id__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReview"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REVIEW_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REVIEW_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_segments_v1_admin_segments_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segments"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_segment_v1_admin_segments__segment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and - */
                segment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_segment_v1_admin_segments__segment_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and - */
                segment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "kind": "dynamic"
                 *     }
                 */
                "application/json": components["schemas"]["SegmentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description AUDIENCE_NOT_FOUND, SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SEGMENT_KIND_FIXED, SEGMENT_NOT_STATIC */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    upload_members_v1_admin_segments__segment_id__members_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and - */
                segment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "member_ids": [
                 *         "demo"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SegmentMembersIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentUpload"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description SEGMENT_NOT_STATIC */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    estimate_v1_admin_segments_estimate_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rule": {}
                 *     }
                 */
                "application/json": components["schemas"]["SegmentEstimateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentEstimate"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_settlements_v1_admin_settlements_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
                /** @description not_due | due | requested | settled | failed */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlements"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_staff_v1_admin_staff_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_staff_v1_admin_staff_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "demo",
                 *       "password": "demodemodemodemo",
                 *       "role": "owner"
                 *     }
                 */
                "application/json": components["schemas"]["StaffCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            /** @description invalid request: ADMIN_PASSWORD_TOO_SHORT, INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    disable_staff_v1_admin_staff__username__disable_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffChange"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_SELF_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enable_staff_v1_admin_staff__username__enable_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffChange"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_SELF_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    set_staff_password_v1_admin_staff__username__password_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "demodemodemodemo"
                 *     }
                 */
                "application/json": components["schemas"]["StaffPassword"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffChange"];
                };
            };
            /** @description invalid request: ADMIN_PASSWORD_TOO_SHORT, INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    set_staff_role_v1_admin_staff__username__role_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "owner"
                 *     }
                 */
                "application/json": components["schemas"]["StaffRole"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffChange"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ADMIN_SELF_CHANGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_stores_v1_admin_stores_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stores"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_put_store_v1_admin_stores__store_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                store_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "address": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["StoreIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_tags_v1_admin_tags_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tags"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_tag_v1_admin_tags__tag_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and - */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_tag_v1_admin_tags__tag_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description lower-case letters, digits and - */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "demo",
                 *       "kind": "manual"
                 *     }
                 */
                "application/json": components["schemas"]["TagIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_KIND_FIXED, TAG_RESERVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tag_members_v1_admin_tags__tag_id__members_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description lower-case letters, digits and - */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagMembers"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TAG_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_tasks_v1_admin_tasks_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRules"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    put_task_v1_admin_tasks__task_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "checkin",
                 *       "title": "demo",
                 *       "points": 0
                 *     }
                 */
                "application/json": components["schemas"]["TaskBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRule"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    delete_task_v1_admin_tasks__task_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDeleted"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_vouchers_v1_admin_vouchers_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD (Asia/Shanghai) */
                day?: string | null;
                store_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherList"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_voucher_v1_admin_vouchers__certificate_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_cancel_voucher_v1_admin_vouchers__certificate_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_BUSY, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT, VOUCHER_NOT_VERIFIED, VOUCHER_UNDO_EXPIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_PLATFORM_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_link_voucher_v1_admin_vouchers__certificate_id__member_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificate_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["LinkIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Linked"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): COUPON_NOT_ELIGIBLE, FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND, VOUCHER_MEMBER_NOT_FOUND, VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_DISABLED, COUPON_CODE_ENDED, COUPON_CODE_LIMIT_REACHED, COUPON_CODE_NOT_STARTED, COUPON_CODE_USED_UP, COUPON_ENDED, COUPON_LIMIT_REACHED, COUPON_NOT_CLAIMABLE, COUPON_NOT_STARTED, COUPON_PAUSED, COUPON_SOLD_OUT, MEMBER_BUSY, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT, VOUCHER_MEMBER_AMBIGUOUS, VOUCHER_MEMBER_LINKED, VOUCHER_NOT_VERIFIED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_recover_voucher_v1_admin_vouchers__certificate_id__recover_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path: {
                certificate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description STORE_NOT_FOUND, VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_BUSY, VOUCHER_EXPIRED, VOUCHER_NOT_PREPARED, VOUCHER_USED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_PLATFORM_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_PLATFORM_TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_authorize_v1_admin_vouchers_authorize_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["AuthorizeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Authorized"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_prepare_voucher_v1_admin_vouchers_prepare_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "store_id": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["PrepareIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prepared"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description STORE_NOT_FOUND, VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_BUSY, VOUCHER_STORE_UNBOUND, VOUCHER_USED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_PLATFORM_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_PLATFORM_TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_reconcile_vouchers_v1_admin_vouchers_reconciliations__day__run_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD (Asia/Shanghai) */
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciled"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_voucher_settings_v1_admin_vouchers_settings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherSettingsIn"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_put_voucher_settings_v1_admin_vouchers_settings_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["VoucherSettingsIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherSettingsIn"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND, STORE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    admin_verify_voucher_v1_admin_vouchers_verify_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "store_id": "demo",
                 *       "certificate_id": "demo",
                 *       "verify_token": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["VerifyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description STORE_NOT_FOUND, VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_BUSY, VOUCHER_EXPIRED, VOUCHER_NOT_PREPARED, VOUCHER_STORE_UNBOUND, VOUCHER_USED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_PLATFORM_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description VOUCHER_PLATFORM_TIMEOUT */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_endpoints_v1_admin_webhooks_endpoints_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoints"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_endpoint_v1_admin_webhooks_endpoints_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "demodemo"
                 *     }
                 */
                "application/json": components["schemas"]["EndpointSpec"];
            };
        };
        responses: {
            /** @description the endpoint and its signing secret (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR, WEBHOOK_URL_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS, WEBHOOK_ENDPOINT_LIMIT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_endpoint_v1_admin_webhooks_endpoints__endpoint_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    delete_endpoint_v1_admin_webhooks_endpoints__endpoint_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Removed"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR, WEBHOOK_URL_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_endpoint_v1_admin_webhooks_endpoints__endpoint_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["EndpointPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR, WEBHOOK_URL_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_deliveries_v1_admin_webhooks_endpoints__endpoint_id__deliveries_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                status?: ("pending" | "delivered" | "failed" | "filtered") | null;
            };
            header?: never;
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveries"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotate_secret_v1_admin_webhooks_endpoints__endpoint_id__rotate_secret_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR, WEBHOOK_URL_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    event_history_v1_admin_webhooks_events__event_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventHistory"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND, WEBHOOK_EVENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replay_v1_admin_webhooks_replay_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ReplayRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replayed"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR, WEBHOOK_URL_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description WEBHOOK_ENDPOINT_NOT_FOUND, WEBHOOK_EVENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    open_campaigns_v1_assist_campaigns_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenCampaigns"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    start_assist_v1_assists_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["StartRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Started"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND, ASSIST_NOT_FOUND, MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_ENDED, ASSIST_CAMPAIGN_NOT_STARTED, ASSIST_CAMPAIGN_PAUSED, ASSIST_START_LIMIT_REACHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_assist_v1_assists__assist_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assist_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneAssist"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    help_assist_v1_assists__assist_id__help_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assist_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Helped"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): ASSIST_NEW_MEMBERS_ONLY, ASSIST_SELF_HELP, COUPON_NOT_ELIGIBLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_NOT_FOUND, ASSIST_NOT_FOUND, COUPON_TEMPLATE_NOT_FOUND, MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_CAMPAIGN_PAUSED, ASSIST_COMPLETED, ASSIST_DAILY_LIMIT_REACHED, ASSIST_EXPIRED, COUPON_ALREADY_GRANTED, COUPON_CODE_DISABLED, COUPON_CODE_ENDED, COUPON_CODE_LIMIT_REACHED, COUPON_CODE_NOT_STARTED, COUPON_CODE_USED_UP, COUPON_ENDED, COUPON_LIMIT_REACHED, COUPON_NOT_CLAIMABLE, COUPON_NOT_STARTED, COUPON_PAUSED, COUPON_SOLD_OUT, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_HELPER_RATE_LIMITED, ASSIST_INITIATOR_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ASSIST_BUSY, COUPON_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_login_v1_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberSession"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_logout_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bind_phone_v1_auth_phone_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "encrypted_data": "demo",
                 *       "iv": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["PhoneRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneBound"];
                };
            };
            /** @description invalid request: INVALID_JSON, PHONE_DECRYPT_FAILED, PHONE_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: LOGIN_CODE_INVALID, TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refresh_v1_auth_refresh_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberTokens"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    categories_v1_categories_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Categories"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    calendar_v1_checkins_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM (2000–2099) */
                month?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinCalendar"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    check_in_v1_checkins_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_BUSY, POINTS_INSUFFICIENT, TASK_LIMIT_REACHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    make_up_v1_checkins_makeup_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "day": "2026-12-01"
                 *     }
                 */
                "application/json": components["schemas"]["MakeupIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MAKEUP_DISABLED, MAKEUP_LIMIT_REACHED, MAKEUP_OUT_OF_WINDOW, MEMBER_BUSY, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    coupon_centre_v1_coupons_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponCentre"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    claim_v1_coupons__template_id__claim_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCoupon"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): COUPON_NOT_ELIGIBLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_DISABLED, COUPON_CODE_ENDED, COUPON_CODE_LIMIT_REACHED, COUPON_CODE_NOT_STARTED, COUPON_CODE_USED_UP, COUPON_ENDED, COUPON_LIMIT_REACHED, COUPON_NOT_CLAIMABLE, COUPON_NOT_STARTED, COUPON_PAUSED, COUPON_SOLD_OUT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeem_code_v1_coupons_redeem_code_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["RedeemCodeRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCoupon"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): COUPON_NOT_ELIGIBLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_NOT_FOUND, COUPON_TEMPLATE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_DISABLED, COUPON_CODE_ENDED, COUPON_CODE_LIMIT_REACHED, COUPON_CODE_NOT_STARTED, COUPON_CODE_USED_UP, COUPON_ENDED, COUPON_LIMIT_REACHED, COUPON_NOT_CLAIMABLE, COUPON_NOT_STARTED, COUPON_PAUSED, COUPON_SOLD_OUT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    member_summary_v1_crm_members__external_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                external_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSummary"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: API_KEY_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_CONTACT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    upsert_member_v1_crm_members__external_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["ContactIn"];
            };
        };
        responses: {
            /** @description updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upserted"];
                };
            };
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upserted"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: API_KEY_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_PHONE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_MEMBER_ALREADY_LINKED, CRM_MEMBER_AMBIGUOUS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    attach_member_v1_crm_members_attach_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id": "demo",
                 *       "phone": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["AttachIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upserted"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: API_KEY_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_PHONE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_MEMBER_ALREADY_LINKED, CRM_MEMBER_AMBIGUOUS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    upsert_members_v1_crm_members_batch_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "members": [
                 *         {
                 *           "external_id": "demo"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ContactBatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResults"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: API_KEY_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_PHONE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_MEMBER_ALREADY_LINKED, CRM_MEMBER_AMBIGUOUS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adjust_points_v1_crm_points_adjustments_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "adjustments": [
                 *         {
                 *           "external_id": "demo",
                 *           "delta": -1000000,
                 *           "reason": "demo",
                 *           "idempotency_key": "demodemo"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PointsBatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResults"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: API_KEY_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_CONTACT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description CRM_CONTACT_NOT_LINKED, MEMBER_BUSY, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    post_events_v1_events_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description anonymous device id (8–64 of A-Z a-z 0-9 _ -), when there is no member token */
                "X-Device-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sent_at": 1,
                 *       "events": [
                 *         {
                 *           "name": "demo",
                 *           "ts": 0,
                 *           "page": "demo",
                 *           "session_id": "demo"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Events */
                    events: {
                        /**
                         * Dwell Ms
                         * @description page_leave: time on page
                         */
                        dwell_ms?: number | null;
                        /** Element */
                        element?: string | null;
                        /**
                         * Experiments
                         * @description experiment id → variant the member was exposed to
                         */
                        experiments?: {
                            [key: string]: string;
                        };
                        /**
                         * Id
                         * @description client-made id, unique per session: a resent event with the same id is counted once
                         */
                        id?: string | null;
                        launch?: {
                            /** Query */
                            query?: {
                                [key: string]: string;
                            };
                            /** Scene */
                            scene?: string | null;
                        } | null;
                        /**
                         * Name
                         * @description page_view, page_leave, tap or a custom snake_case name
                         */
                        name: string;
                        /**
                         * Page
                         * @description page path without query, e.g. pages/index/index
                         */
                        page: string;
                        /** Props */
                        props?: {
                            [key: string]: string | number | boolean;
                        };
                        /** Session Id */
                        session_id: string;
                        /**
                         * Ts
                         * @description when it happened, client clock, epoch milliseconds
                         */
                        ts: number;
                        /**
                         * X
                         * @description tap position, fraction of the page width
                         */
                        x?: number | null;
                        /**
                         * Y
                         * @description tap position, fraction of the scroll height
                         */
                        y?: number | null;
                    }[];
                    /**
                     * Sent At
                     * @description when the batch was sent, client clock, epoch ms: corrects clock skew
                     */
                    sent_at: number;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectResult"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description EVENTS_BATCH_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description EVENTS_NOT_STORED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    expose_v1_experiments__key__exposures_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ExposureRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exposure"];
                };
            };
            /** @description invalid request: EXPERIMENT_UNKNOWN_VARIANT, INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description EXPERIMENT_NOT_RUNNING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_flash_sales_v1_flash_sales_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sales"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_flash_sale_v1_flash_sales__sale_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sale_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleDetail"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    purchase_v1_flash_sales__sale_id__purchase_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path: {
                sale_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Purchased"];
                };
            };
            /** @description invalid request: INVALID_JSON, ORDER_ITEM_INVALID, PICKUP_SLOT_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): FLASH_SALE_NOT_ELIGIBLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_FOUND, FLASH_PURCHASE_NOT_FOUND, FLASH_SALE_NOT_FOUND, MEMBER_NOT_FOUND, PRODUCT_NOT_FOUND, STORE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_UNAVAILABLE, FLASH_PURCHASE_RELEASED, FLASH_SALE_CANCELLED, FLASH_SALE_ENDED, FLASH_SALE_LIMIT_REACHED, FLASH_SALE_NOT_ORDERABLE, FLASH_SALE_NOT_STARTED, FLASH_SALE_SOLD_OUT, PICKUP_SLOT_FULL, PRODUCT_SOLD_OUT, PRODUCT_UNAVAILABLE, STORE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_APPLICABLE, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_BUSY, KUAISHOU_UNAVAILABLE, ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    remind_me_v1_flash_sales__sale_id__remind_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sale_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reminded"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_NOT_FOUND, MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description FLASH_SALE_REMINDER_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_gifts_v1_gifts_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberGifts"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeem_v1_gifts__gift_id__redeem_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-128 printable characters; a retry with the same key returns the first response */
                "idempotency-key"?: string | null;
            };
            path: {
                gift_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GIFT_LIMIT_REACHED, GIFT_SOLD_OUT, GIFT_UNAVAILABLE, MEMBER_BUSY, POINTS_INSUFFICIENT, REQUEST_IN_PROGRESS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_redemptions_v1_gifts_redemptions_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionsOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_group_deals_v1_group_buys_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDeals"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_group_deal_v1_group_buys__deal_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDealDetail"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GROUP_DEAL_NOT_FOUND, GROUP_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    start_group_v1_group_buys__deal_id__groups_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path: {
                deal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seated"];
                };
            };
            /** @description invalid request: INVALID_JSON, ORDER_ITEM_INVALID, PICKUP_SLOT_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_FOUND, GROUP_DEAL_NOT_FOUND, GROUP_NOT_FOUND, MEMBER_NOT_FOUND, PRODUCT_NOT_FOUND, STORE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_UNAVAILABLE, GROUP_CLOSED, GROUP_DEAL_NOT_ACTIVE, GROUP_DEAL_NOT_ORDERABLE, GROUP_FULL, GROUP_NOT_JOINED, PICKUP_SLOT_FULL, PRODUCT_SOLD_OUT, PRODUCT_UNAVAILABLE, STORE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_APPLICABLE, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GROUP_BUSY, KUAISHOU_UNAVAILABLE, ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    read_group_v1_group_buys_groups__group_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDetail"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GROUP_DEAL_NOT_FOUND, GROUP_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    join_group_v1_group_buys_groups__group_id__join_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seated"];
                };
            };
            /** @description invalid request: INVALID_JSON, ORDER_ITEM_INVALID, PICKUP_SLOT_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_FOUND, GROUP_DEAL_NOT_FOUND, GROUP_NOT_FOUND, MEMBER_NOT_FOUND, PRODUCT_NOT_FOUND, STORE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_UNAVAILABLE, GROUP_CLOSED, GROUP_DEAL_NOT_ORDERABLE, GROUP_FULL, GROUP_NOT_JOINED, PICKUP_SLOT_FULL, PRODUCT_SOLD_OUT, PRODUCT_UNAVAILABLE, STORE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_APPLICABLE, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GROUP_BUSY, KUAISHOU_UNAVAILABLE, ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    health_v1_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_level_v1_levels_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Levels"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_lives_v1_lives_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberLives"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_live_v1_lives__live_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneLive"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description LIVE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reserve_v1_lives__live_id__reservations_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_id": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["ReservationRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reserved"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description LIVE_NOT_FOUND, MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description LIVE_CANCELLED, LIVE_ENDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdraw_v1_lives__live_id__reservations_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                live_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawn"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description LIVE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    me_v1_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patch_me_v1_me_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ProfilePatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_NOT_FOUND, NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description BIRTHDAY_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_assists_v1_me_assists_get: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAssists"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_coupons_v1_me_coupons_get: {
        parameters: {
            query?: {
                /** @description only this state */
                state?: ("usable" | "locked" | "used" | "expired") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wallet"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_applicable_v1_me_coupons_applicable_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cart": {
                 *         "store_id": "demo",
                 *         "lines": [
                 *           {
                 *             "product_id": "demo",
                 *             "category_id": "demo",
                 *             "quantity": 1,
                 *             "unit_price_fen": 0
                 *           }
                 *         ],
                 *         "subtotal_fen": 0
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ApplicableRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offers"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_APPLICABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_flash_purchases_v1_me_flash_purchases_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Purchases"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_groups_v1_me_group_buys_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyGroups"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description GROUP_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_orders_v1_orders_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
                /** @description PENDING_PAYMENT | PAID | PICKED_UP | CANCELLED | EXPIRED | REFUND_REQUESTED | REFUNDING | REFUNDED | REFUND_FAILED */
                status?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Orders"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create_order_v1_orders_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description required: 8-128 printable characters; a retry reuses it */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "store_id": "demo",
                 *       "items": [
                 *         {
                 *           "product_id": "demo",
                 *           "sku_id": "demo",
                 *           "quantity": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOrder"];
                };
            };
            /** @description invalid request: INVALID_JSON, ORDER_ITEM_INVALID, PICKUP_SLOT_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_FOUND, MEMBER_NOT_FOUND, PRODUCT_NOT_FOUND, STORE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_UNAVAILABLE, PICKUP_SLOT_FULL, PRODUCT_SOLD_OUT, PRODUCT_UNAVAILABLE, STORE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_APPLICABLE, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_UNAVAILABLE, ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_order_v1_orders__order_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancel_order_v1_orders__order_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_FOUND, ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_UNAVAILABLE, ORDER_ALREADY_PAID, ORDER_NOT_CANCELLABLE, PAYMENT_AMOUNT_MISMATCH, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_UNAVAILABLE, ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submit_review_v1_orders__order_id__lines__line__review_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the line's position in the order, from 0 */
                line: number;
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": 1
                 *     }
                 */
                "application/json": components["schemas"]["ReviewIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submitted"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_LINE_NOT_FOUND, ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_BUSY, ORDER_NOT_REVIEWABLE, POINTS_INSUFFICIENT, REVIEW_EXISTS, TASK_LIMIT_REACHED, TASK_NOT_STARTED, TASK_TOO_EARLY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description REVIEW_TEXT_REJECTED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_UNAVAILABLE, MODERATION_UNAVAILABLE, REVIEW_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reconcile_order_v1_orders__order_id__reconcile_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PAYMENT_AMOUNT_MISMATCH, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description KUAISHOU_REJECTED */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    request_refund_v1_orders__order_id__refund_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "demo"
                 *     }
                 */
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_REFUNDABLE, ORDER_ON_HOLD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_order_reviews_v1_orders__order_id__reviews_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderReviews"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    quote_order_v1_orders_quote_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "store_id": "demo",
                 *       "items": [
                 *         {
                 *           "product_id": "demo",
                 *           "sku_id": "demo",
                 *           "quantity": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description invalid request: INVALID_JSON, ORDER_ITEM_INVALID, PICKUP_SLOT_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_FOUND, MEMBER_NOT_FOUND, PRODUCT_NOT_FOUND, STORE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PRODUCT_SOLD_OUT, PRODUCT_UNAVAILABLE, STORE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_NOT_APPLICABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    get_page_v1_pages__page__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedPage"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description NOT_FOUND, PAGE_NOT_PUBLISHED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    kuaishou_notify_v1_payments_kuaishou_notify_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackAnswer"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    my_points_v1_points_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the last page */
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_v1_products_get: {
        parameters: {
            query?: {
                category_id?: string | null;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
                store_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Products"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    product_v1_products__product_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    product_reviews_v1_products__product_id__reviews_get: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description page size */
                limit?: number;
            };
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductReviews"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    record_subscriptions_v1_push_subscriptions_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–128 printable characters */
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "results": {}
                 *     }
                 */
                "application/json": components["schemas"]["SubscribeResults"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credits"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recommendations_v1_recommendations_get: {
        parameters: {
            query?: {
                context?: "home" | "cart" | "after_order";
                /** @description comma-separated, ≤ 20 */
                items?: string | null;
                limit?: number;
                order_id?: string | null;
                store_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendations"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stores_v1_stores_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stores"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pickup_slots_v1_stores__store_id__pickup_slots_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD (Asia/Shanghai), default today */
                day?: string | null;
            };
            header?: never;
            path: {
                store_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickupSlots"];
                };
            };
            /** @description invalid request: INVALID_JSON, PICKUP_SLOT_INVALID, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description STORE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description STORE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list_tasks_v1_tasks_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tasks"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    complete_task_v1_tasks__task_id__complete_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-128 printable characters; a retry with the same key returns the first response */
                "idempotency-key"?: string | null;
            };
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TaskCompleteIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCompletionOut"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): TASK_NOT_CLAIMABLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MEMBER_BUSY, POINTS_INSUFFICIENT, REQUEST_IN_PROGRESS, TASK_LIMIT_REACHED, TASK_NOT_STARTED, TASK_TOO_EARLY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    start_task_v1_tasks__task_id__start_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskStarted"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): TASK_NOT_CLAIMABLE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    join_voucher_v1_vouchers__certificate_id__join_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificate_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "secret": "demodemo"
                 *     }
                 */
                "application/json": components["schemas"]["JoinIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Linked"];
                };
            };
            /** @description invalid request: INVALID_JSON, VALIDATION_ERROR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no, malformed, wrongly signed or expired token: TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not allowed (an admin role below x-siyu-role, or a domain rule): COUPON_NOT_ELIGIBLE, VOUCHER_JOIN_INVALID */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_TEMPLATE_NOT_FOUND, VOUCHER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_CODE_DISABLED, COUPON_CODE_ENDED, COUPON_CODE_LIMIT_REACHED, COUPON_CODE_NOT_STARTED, COUPON_CODE_USED_UP, COUPON_ENDED, COUPON_LIMIT_REACHED, COUPON_NOT_CLAIMABLE, COUPON_NOT_STARTED, COUPON_PAUSED, COUPON_SOLD_OUT, MEMBER_BUSY, POINTS_ALREADY_APPLIED, POINTS_INSUFFICIENT, VOUCHER_MEMBER_LINKED, VOUCHER_NOT_VERIFIED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description COUPON_BUSY */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description error envelope; see x-siyu-error-codes */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
