"""Drives every IVS operation and paginator with boto3 against an endpoint, then prints what it saw.

Usage: python3 cli-boto3-client.py <endpoint-url>, with stdin a JSON object whose `publicKeys` are two
ECDSA P-384 public key PEMs. The endpoint must serve the ivs-contract control routes (streams cannot
be started over RTMP here) and keep recording configurations CREATING until told otherwise. Output on stdout: one JSON object whose keys
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
seen = {"botocoreVersion": botocore.__version__, "knownOperations": sorted(ivs.meta.service_model.operation_names)}
called = set()
ivs.meta.events.register("before-call.ivs", lambda model, **_: called.add(model.name))


public_keys = json.load(sys.stdin)["publicKeys"]


def control(route, payload):
    body = json.dumps(payload).encode()
    request = urllib.request.Request(f"{endpoint}/_ivs-contract/{route}", data=body, method="POST")
    with urllib.request.urlopen(request) as response:
        response.read()


def go_live(channel_arn):
    control("streams/start", {"channelArn": channel_arn, "viewerCount": 2})


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

# Recording configurations: CREATING until the control route makes them ACTIVE.
recording = ivs.create_recording_configuration(
    name="boto-rec",
    destinationConfiguration={"s3": {"bucketName": "boto-bucket"}},
    recordingReconnectWindowSeconds=30,
    thumbnailConfiguration={"recordingMode": "INTERVAL", "targetIntervalSeconds": 20},
    tags={"team": "video"},
)["recordingConfiguration"]
recording_arn = recording["arn"]
seen["CreateRecordingConfiguration"] = recording
seen["GetRecordingConfigurationCreating"] = ivs.get_recording_configuration(arn=recording_arn)["recordingConfiguration"]
control("recording-configurations/state", {"arn": recording_arn, "state": "ACTIVE"})
seen["GetRecordingConfigurationActive"] = ivs.get_recording_configuration(arn=recording_arn)["recordingConfiguration"]
seen["RecordingValidation"] = error_code(
    ivs.create_recording_configuration,
    destinationConfiguration={"s3": {"bucketName": "boto-bucket"}},
    thumbnailConfiguration={"recordingMode": "DISABLED", "targetIntervalSeconds": 20},
)
seen["GetRecordingConfigurationMissing"] = error_code(
    ivs.get_recording_configuration, arn=recording_arn.rsplit("/", 1)[0] + "/AAAAAAAAAAAA"
)
recorded = ivs.create_channel(name="recorded", recordingConfigurationArn=recording_arn)["channel"]
seen["RecordedChannel"] = recorded
seen["UnknownRecordingReference"] = error_code(
    ivs.create_channel, recordingConfigurationArn=recording_arn.rsplit("/", 1)[0] + "/AAAAAAAAAAAA"
)
seen["DeleteReferencedRecording"] = error_code(ivs.delete_recording_configuration, arn=recording_arn)
ivs.tag_resource(resourceArn=recording_arn, tags={"stage": "prod"})
seen["RecordingTags"] = ivs.list_tags_for_resource(resourceArn=recording_arn)["tags"]
spare_recordings = [
    ivs.create_recording_configuration(
        name=f"rec-{i}", destinationConfiguration={"s3": {"bucketName": "boto-bucket"}}
    )["recordingConfiguration"]["arn"]
    for i in range(2)
]
seen["ListRecordingConfigurations"] = paginate("list_recording_configurations", "recordingConfigurations")
seen["recordingArns"] = [recording_arn] + spare_recordings
seen["DeleteRecordingConfiguration"] = ivs.delete_recording_configuration(arn=spare_recordings[0])[
    "ResponseMetadata"
]["HTTPStatusCode"]
seen["GetDeletedRecording"] = error_code(ivs.get_recording_configuration, arn=spare_recordings[0])

# Stream sessions: every go-live of the recorded channel opens one.
recorded_arn = recorded["arn"]
seen["NeverLiveSession"] = error_code(ivs.get_stream_session, channelArn=recorded_arn)
go_live(recorded_arn)
ivs.stop_stream(channelArn=recorded_arn)
go_live(recorded_arn)
seen["GetStreamSessionLatest"] = ivs.get_stream_session(channelArn=recorded_arn)["streamSession"]
session_pages = []
page = ivs.list_stream_sessions(channelArn=recorded_arn, maxResults=1)
session_pages.append(page)
while "nextToken" in page:
    page = ivs.list_stream_sessions(channelArn=recorded_arn, maxResults=1, nextToken=page["nextToken"])
    session_pages.append(page)
seen["ListStreamSessions"] = {
    "pages": len(session_pages),
    "sessions": [s for p in session_pages for s in p["streamSessions"]],
}
latest_stream_id = seen["GetStreamSessionLatest"]["streamId"]
first_stream_id = next(
    s["streamId"] for s in seen["ListStreamSessions"]["sessions"] if s["streamId"] != latest_stream_id
)
seen["GetStreamSessionFirst"] = ivs.get_stream_session(channelArn=recorded_arn, streamId=first_stream_id)[
    "streamSession"
]
seen["UnknownStreamSession"] = error_code(
    ivs.get_stream_session, channelArn=recorded_arn, streamId="st-AAAAAAAAAAAAAAAAAAAAAAA"
)
seen["ListStreamSessionsUnknownChannel"] = error_code(ivs.list_stream_sessions, channelArn=missing)

# Playback key pairs, imported from the PEMs the test generated.
key_pair = ivs.import_playback_key_pair(publicKeyMaterial=public_keys[0], name="boto-key", tags={"team": "video"})[
    "keyPair"
]
seen["ImportPlaybackKeyPair"] = key_pair
seen["GetPlaybackKeyPair"] = ivs.get_playback_key_pair(arn=key_pair["arn"])["keyPair"]
seen["ImportSameKey"] = error_code(ivs.import_playback_key_pair, publicKeyMaterial=public_keys[0])
seen["ImportGarbageKey"] = error_code(
    ivs.import_playback_key_pair, publicKeyMaterial="-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n"
)
second_key = ivs.import_playback_key_pair(publicKeyMaterial=public_keys[1])["keyPair"]["arn"]
seen["ListPlaybackKeyPairs"] = paginate("list_playback_key_pairs", "keyPairs")
seen["keyPairArns"] = [key_pair["arn"], second_key]
seen["DeletePlaybackKeyPair"] = ivs.delete_playback_key_pair(arn=second_key)["ResponseMetadata"]["HTTPStatusCode"]
seen["GetDeletedKeyPair"] = error_code(ivs.get_playback_key_pair, arn=second_key)

seen["calledOperations"] = sorted(called)

# Timestamps arrive as datetime objects (botocore parsed them); they travel on as ISO 8601 strings.
json.dump(seen, sys.stdout, default=lambda value: value.isoformat())
