import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A Host this deployment does not serve is 400 bad_request before anything else is looked at
        (no token is read, no body parsed); the answer does not repeat the host. Services that
        verify our tokens must use a listed host too. The stub gives this answer to any request with
        the Host evil.example.
    '''
    priority 1
    request {
        method GET()
        url '/.well-known/jwks.json'
        headers {
            header('Host', 'evil.example')
        }
    }
    response {
        status BAD_REQUEST()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/bad-request',
                title: 'Bad Request',
                status: 400,
                detail: 'This server does not serve the host the request names.',
                instance: '/.well-known/jwks.json',
                error: 'bad_request',
                message: 'This server does not serve the host the request names.',
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
