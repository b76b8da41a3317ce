#!/usr/bin/env bash
# Lints every BPMN model of this module with bpmnlint's recommended rules (see .bpmnlintrc) and validates every
# element template against the Camunda element-templates JSON schema.
# The tools are pinned in package-lock.json and installed into node_modules/ (git-ignored) on first use.
# Not part of the Maven build: run it before committing a model change; the Java ModelHygieneTest checks
# the Saatava-specific rules (DI, history TTL, contract names, timers).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/bpmnlint ]; then
  npm ci --no-audit --no-fund
fi
node_modules/.bin/bpmnlint src/main/resources/bpmn/*.bpmn
echo "bpmnlint: all models pass"
node tools/validate-element-templates.mjs
