// A call's request must arrive in full (its message and the client's half-close) within
// requestTimeoutMs, like a REST request's headers and body. Without this a client could open
// calls on a connection it keeps alive with PINGs and never finish them: grpc-js would hold each
// one (and the connection is never idle while a call is open) for as long as the client likes.
// Once the request is in, the call runs as long as it needs: a WatchJobs stream is not cut.
import { status as Status, ServerInterceptingCall, type ServerInterceptor } from '@grpc/grpc-js';
import { constants, type Http2Stream } from 'node:http2';

export function requestArrivesWithin(ms: number): ServerInterceptor {
  return (_method, call) => {
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      clearTimeout(timer);
      timer = undefined;
    };
    return new ServerInterceptingCall(call, {
      start(next) {
        timer = setTimeout(() => {
          timer = undefined;
          // grpc-js ends its side of the stream with the status, but the client's side stays open
          // (and the stream with it) until the client ends it, which a stalled client never does.
          // HTTP/2 lets a server that answered before the request was complete reset the stream
          // with NO_ERROR (RFC 9113 §8.1). grpc-js has no public handle on the stream: its call
          // object's `stream` field is used, and edge-limits.test.ts fails if that ever goes away.
          const stream = (call as unknown as { stream?: Http2Stream }).stream;
          call.sendStatus({ code: Status.DEADLINE_EXCEEDED, details: `The request did not arrive in full within ${ms} ms` });
          setImmediate(() => stream?.close(constants.NGHTTP2_NO_ERROR));
        }, ms);
        next({
          onReceiveHalfClose(nextHalfClose) {
            stop();
            nextHalfClose();
          },
          onCancel: stop,
        });
      },
      sendStatus(status, nextStatus) {
        stop();
        nextStatus(status);
      },
    });
  };
}
