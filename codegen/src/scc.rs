//! Strongly connected components of a graph of indices (a leaf: the emitter finds inheritance
//! cycles with it, the feature planner namespaces that must share a feature).

/// Tarjan's strongly connected components: the component of each node.
pub(crate) fn tarjan(edges: &[Vec<usize>]) -> Vec<usize> {
    struct State {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        component: Vec<usize>,
        components: usize,
    }
    let n = edges.len();
    let mut s = State {
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        component: vec![0; n],
        components: 0,
    };
    // Iterative, so that a deep schema cannot overflow the stack.
    for root in 0..n {
        if s.index[root].is_some() {
            continue;
        }
        let mut frames: Vec<(usize, usize)> = vec![(root, 0)];
        s.index[root] = Some(s.next);
        s.low[root] = s.next;
        s.next += 1;
        s.stack.push(root);
        s.on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = frames.last_mut() {
            if *i < edges[v].len() {
                let w = edges[v][*i];
                *i += 1;
                match s.index[w] {
                    None => {
                        s.index[w] = Some(s.next);
                        s.low[w] = s.next;
                        s.next += 1;
                        s.stack.push(w);
                        s.on_stack[w] = true;
                        frames.push((w, 0));
                    }
                    Some(wi) if s.on_stack[w] => s.low[v] = s.low[v].min(wi),
                    Some(_) => {}
                }
            } else {
                frames.pop();
                if let Some(&(parent, _)) = frames.last() {
                    s.low[parent] = s.low[parent].min(s.low[v]);
                }
                if Some(s.low[v]) == s.index[v] {
                    while let Some(w) = s.stack.pop() {
                        s.on_stack[w] = false;
                        s.component[w] = s.components;
                        if w == v {
                            break;
                        }
                    }
                    s.components += 1;
                }
            }
        }
    }
    s.component
}

#[cfg(test)]
mod tests {
    use super::tarjan;

    #[test]
    fn strongly_connected() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 alone
        let c = tarjan(&[vec![1], vec![2], vec![0], vec![3], vec![]]);
        assert!(c[0] == c[1] && c[1] == c[2]);
        assert!(c[3] != c[0] && c[4] != c[0] && c[3] != c[4]);
    }
}
