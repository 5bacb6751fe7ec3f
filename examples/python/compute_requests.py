#!/usr/bin/env python3
"""The Compute API page's Python `requests` examples, fixed so that they work.

Fixes against the published page: the submit example's headers were a set literal
({"Authorization": ..., "Content-Type: application/json"}), it sent the job with `data=`
(form encoding) instead of `json=`, and used JavaScript's `true`.

Usage:  S3M_TOKEN=<token> S3M_BASE_PATH=http://127.0.0.1:8080/slurm/v0.0.43 python3 compute_requests.py
Each call prints one line: `<operation> <HTTP status> <JSON body>`.
"""
import json
import os
import sys

import requests

S3M_BASE_PATH = os.getenv("S3M_BASE_PATH", "http://127.0.0.1:8080/slurm/v0.0.43")
S3M_TOKEN = os.getenv("S3M_TOKEN")
resource = os.getenv("S3M_RESOURCE", "defiant")

if not S3M_TOKEN:
    sys.exit("set S3M_TOKEN to your project access token")

# This sets the Authorization header like the curl example
headers = {
    "Authorization": S3M_TOKEN,
}


def show(operation, response):
    print(operation, response.status_code, json.dumps(response.json()), flush=True)
    if not response.ok:
        raise ValueError(f"Request to S3M failed: {response.status_code} {response.json()['errors']}")
    return response.json()


# Ping Resource
show("ping", requests.get(f"{S3M_BASE_PATH}/{resource}/ping", headers=headers))

# List Partitions
show("partitions", requests.get(f"{S3M_BASE_PATH}/{resource}/partitions", headers=headers))

# Submit a Job: requests sets "Content-Type: application/json" itself when given json=
payload = {
    "job": {
        "name": "my-job",
        "account": os.getenv("S3M_PROJECT", "STF040"),
        "partition": "batch-cpu",
        "minimum_nodes": 1,
        "tasks": 1,
        "time_limit": {"number": 60, "set": True},
        "current_working_directory": os.getenv("S3M_WORKDIR", "/tmp"),
        "environment": ["PATH=/usr/bin:/bin"],
        "script": "#!/bin/bash\necho Hello World",
    }
}
submitted = show("submit", requests.post(f"{S3M_BASE_PATH}/{resource}/job/submit", headers=headers, json=payload))
job_id = submitted["job_id"]

# Get Job Status
show("job", requests.get(f"{S3M_BASE_PATH}/{resource}/job/{job_id}", headers=headers))

# List All Jobs
show("jobs", requests.get(f"{S3M_BASE_PATH}/{resource}/jobs", headers=headers))

# Cancel a Job (optional parameters: signal, flags)
show("cancel", requests.delete(f"{S3M_BASE_PATH}/{resource}/job/{job_id}", headers=headers, params={"signal": "SIGTERM"}))

# List Nodes, List Reservations, Scheduler Diagnostics
show("nodes", requests.get(f"{S3M_BASE_PATH}/{resource}/nodes", headers=headers))
show("reservations", requests.get(f"{S3M_BASE_PATH}/{resource}/reservations", headers=headers))
show("diag", requests.get(f"{S3M_BASE_PATH}/{resource}/diag", headers=headers))
