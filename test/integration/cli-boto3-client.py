"""Drives every IVS operation and paginator with boto3 against an endpoint, then prints what it saw.

Usage: python3 cli-boto3-client.py <endpoint-url>. The endpoint must serve the ivs-contract control
routes (streams cannot be started over RTMP here). Output on stdout: one JSON object whose keys
name what was observed; the Vitest test checks them.
"""

import json
import sys
import urllib.request

import boto3
import botocore

endpoint = sys.argv[1]
ivs = boto3.client(
    "ivs",
    endpoint_url=endpoint,
    region_name="us-west-2",
    aws_access_key_id="test",
    aws_secret_access_key="test",
    config=botocore.config.Config(retries={"max_attempts": 1}),
)
seen = {"botocoreVersion": botocore.__version__}


def go_live(channel_arn):
    body = json.dumps({"channelArn": channel_arn, "viewerCount": 2}).encode()
    request = urllib.request.Request(f"{endpoint}/_ivs-contract/streams/start", data=body, method="POST")
    with urllib.request.urlopen(request) as response:
        response.read()


def error_code(call, **kwargs):
    try:
        call(**kwargs)
    except botocore.exceptions.ClientError as error:
        return {
            "code": error.response["Error"]["Code"],
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
            "modeled": type(error).__name__,
            "exceptionMessage": error.response.get("exceptionMessage", ""),
        }
    return None


created = ivs.create_channel(name="boto", latencyMode="NORMAL", tags={"team": "video"})
channel_arn = created["channel"]["arn"]
key_arn = created["streamKey"]["arn"]
seen["CreateChannel"] = {"channel": created["channel"], "streamKeyChannel": created["streamKey"]["channelArn"]}
seen["GetChannel"] = ivs.get_channel(arn=channel_arn)["channel"]
seen["UpdateChannel"] = ivs.update_channel(arn=channel_arn, type="BASIC")["channel"]
missing = channel_arn.rsplit("/", 1)[0] + "/AAAAAAAAAAAA"
batch = ivs.batch_get_channel(arns=[channel_arn, missing])
seen["BatchGetChannel"] = {
    "channels": [c["arn"] for c in batch["channels"]],
    "errors": [e["arn"] for e in batch["errors"]],
    "missing": missing,
}

seen["GetStreamKey"] = ivs.get_stream_key(arn=key_arn)["streamKey"]
seen["BatchGetStreamKey"] = [k["arn"] for k in ivs.batch_get_stream_key(arns=[key_arn])["streamKeys"]]
seen["SecondStreamKey"] = error_code(ivs.create_stream_key, channelArn=channel_arn)
ivs.delete_stream_key(arn=key_arn)
seen["CreateStreamKey"] = ivs.create_stream_key(channelArn=channel_arn)["streamKey"]

ivs.tag_resource(resourceArn=channel_arn, tags={"stage": "prod", "owner": "qa"})
ivs.untag_resource(resourceArn=channel_arn, tagKeys=["owner"])
seen["ListTagsForResource"] = ivs.list_tags_for_resource(resourceArn=channel_arn)["tags"]

go_live(channel_arn)
seen["GetStream"] = ivs.get_stream(channelArn=channel_arn)["stream"]
seen["PutMetadata"] = ivs.put_metadata(channelArn=channel_arn, metadata="hello")["ResponseMetadata"]["HTTPStatusCode"]
seen["StopStream"] = ivs.stop_stream(channelArn=channel_arn)["ResponseMetadata"]["HTTPStatusCode"]
seen["GetStreamOffline"] = error_code(ivs.get_stream, channelArn=channel_arn)

others = [ivs.create_channel(name=f"page-{i}")["channel"]["arn"] for i in range(4)]
for arn in others[:3]:
    go_live(arn)


def paginate(operation, items, **kwargs):
    pages = list(ivs.get_paginator(operation).paginate(PaginationConfig={"PageSize": 1}, **kwargs))
    return {"pages": len(pages), "items": [item.get("arn", item.get("channelArn")) for page in pages for item in page[items]]}


seen["ListChannels"] = paginate("list_channels", "channels")
seen["ListStreams"] = paginate("list_streams", "streams")
seen["ListStreamKeys"] = paginate("list_stream_keys", "streamKeys", channelArn=channel_arn)
seen["channelArns"] = [channel_arn] + others
seen["liveArns"] = others[:3]

seen["DeleteChannel"] = ivs.delete_channel(arn=others[3])["ResponseMetadata"]["HTTPStatusCode"]
seen["GetDeleted"] = error_code(ivs.get_channel, arn=others[3])
seen["Validation"] = error_code(ivs.create_channel, name="not valid!")
seen["BadToken"] = error_code(ivs.list_channels, nextToken="garbage")

# Timestamps arrive as datetime objects (botocore parsed them); they travel on as ISO 8601 strings.
json.dump(seen, sys.stdout, default=lambda value: value.isoformat())
