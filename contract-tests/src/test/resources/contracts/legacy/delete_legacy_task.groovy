import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The deprecated delete: the same as DELETE /api/v1/tasks/{task_id}, answered with 204 without a
        body, plus Deprecation and a Link to the v1 path.
    '''
    request {
        method DELETE()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks/' + uuid().pattern())), producer(execute('legacyTaskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
        }
    }
    response {
        status NO_CONTENT()
        headers {
            header('Deprecation', $(consumer('@1767225600'), producer(regex('\\@[0-9]+'))))
            header('Link', $(consumer('</api/v1/tasks/0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77>; rel="successor-version"'),
                producer(regex('\\</api/v1/tasks/' + uuid().pattern() + '\\>; rel=\\"successor-version\\"'))))
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
