s = `obj`
