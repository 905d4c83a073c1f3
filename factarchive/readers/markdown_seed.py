def read_markdown(path, seed): raise NotImplementedError
