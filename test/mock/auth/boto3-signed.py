"""Calls IVS with boto3 against an `ivs-contract mock --auth` endpoint, signed with a right and a wrong secret.

Usage: python3 boto3-signed.py <endpoint-url> <access-key-id> <secret> <wrong-secret>. Output on stdout:
one JSON object with what each call returned or the error code it raised; the Vitest test checks it.
"""

import json
import sys

import boto3
import botocore

endpoint, key_id, secret, wrong_secret = sys.argv[1:5]


def client(secret_access_key):
    return boto3.client(
        "ivs",
        endpoint_url=endpoint,
        region_name="us-west-2",
        aws_access_key_id=key_id,
        aws_secret_access_key=secret_access_key,
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def error_of(call, **kwargs):
    try:
        call(**kwargs)
    except botocore.exceptions.ClientError as error:
        return {"code": error.response["Error"]["Code"], "status": error.response["ResponseMetadata"]["HTTPStatusCode"]}
    return None


ivs = client(secret)
seen = {}
created = ivs.create_channel(name="boto-signed", tags={"team": "video"})
arn = created["channel"]["arn"]
seen["created"] = arn
seen["got"] = ivs.get_channel(arn=arn)["channel"]["name"]
ivs.tag_resource(resourceArn=arn, tags={"a": "1", "b": "2", "c d": "3"})
ivs.untag_resource(resourceArn=arn, tagKeys=["a", "c d"])
seen["tags"] = ivs.list_tags_for_resource(resourceArn=arn)["tags"]
seen["listed"] = [channel["arn"] for channel in ivs.list_channels()["channels"]]
seen["wrongSecret"] = error_of(client(wrong_secret).get_channel, arn=arn)
json.dump(seen, sys.stdout)
